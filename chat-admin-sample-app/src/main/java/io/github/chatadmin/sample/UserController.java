package io.github.chatadmin.sample;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API for chat users.
 *
 * @author chat-admin
 */
@RestController
@RequestMapping("/users")
public class UserController {

	private final UserService users;

	public UserController(UserService users) {
		this.users = users;
	}

	@PostMapping
	public Mono<ResponseEntity<Map<String, String>>> create(@RequestBody CreateUser request) {
		return Mono.defer(() -> {
			String userId = Requests.required(request.userId(), "userId");
			String nick = (request.nick() != null) ? request.nick() : userId;
			return this.users.create(userId, nick)
				.thenReturn(ResponseEntity.created(Requests.location("/users/{userId}", userId))
					.body(Map.of("userId", userId, "nick", nick)));
		});
	}

	@GetMapping("/{userId}")
	public Mono<Map<String, Object>> get(@PathVariable String userId) {
		return this.users.exists(userId).map((exists) -> {
			if (!exists) {
				throw new UserService.UnknownUserException(userId);
			}
			return Map.of("userId", userId, "imported", true);
		});
	}

	@GetMapping("/{userId}/status")
	public Mono<Map<String, String>> status(@PathVariable String userId) {
		return this.users.onlineStatus(userId).map((status) -> Map.of("userId", userId, "status", status));
	}

	@DeleteMapping("/{userId}")
	public Mono<ResponseEntity<Void>> delete(@PathVariable String userId) {
		return this.users.delete(userId).thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * Body of {@code POST /users}.
	 *
	 * @param userId the user's ID
	 * @param nick the user's nickname, defaulting to the ID
	 */
	public record CreateUser(@Nullable String userId, @Nullable String nick) {

	}

}
