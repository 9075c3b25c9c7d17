package io.github.chatadmin.sample;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API for chat users. Every input is validated before Tencent Chat is called; a bad
 * one answers 400 with a problem detail naming it (see {@link ApiErrorHandler}).
 *
 * @author chat-admin
 */
@RestController
@RequestMapping("/users")
public class UserController {

	/**
	 * Longest nickname Tencent Chat accepts, in UTF-8 bytes.
	 */
	public static final int MAX_NICK_BYTES = 500;

	private final UserService users;

	public UserController(UserService users) {
		this.users = users;
	}

	/**
	 * Import a user.
	 * @param request the user
	 * @return 201 with the user
	 */
	@PostMapping
	public Mono<ResponseEntity<Map<String, String>>> create(@Valid @RequestBody CreateUser request) {
		String nick = (request.nick() != null) ? request.nick() : request.userId();
		return this.users.create(request.userId(), nick)
			.thenReturn(ResponseEntity.created(Requests.location("/users/{userId}", request.userId()))
				.body(Map.of("userId", request.userId(), "nick", nick)));
	}

	/**
	 * Tell whether a user exists.
	 * @param userId the user
	 * @return the user, or 404
	 */
	@GetMapping("/{userId}")
	public Mono<Map<String, Object>> get(@PathVariable @UserId String userId) {
		return this.users.exists(userId).map((exists) -> {
			if (!exists) {
				throw new UserService.UnknownUserException(userId);
			}
			return Map.of("userId", userId, "imported", true);
		});
	}

	/**
	 * Return a user's online status.
	 * @param userId the user
	 * @return the status
	 */
	@GetMapping("/{userId}/status")
	public Mono<Map<String, String>> status(@PathVariable @UserId String userId) {
		return this.users.onlineStatus(userId).map((status) -> Map.of("userId", userId, "status", status));
	}

	/**
	 * List a user's recent conversations, pinned first, then newest first.
	 * @param userId the user
	 * @param limit the most conversations to list, 1 to 500 (50 by default)
	 * @return the conversations
	 */
	@GetMapping("/{userId}/conversations")
	public Mono<List<UserService.Conversation>> conversations(@PathVariable @UserId String userId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return this.users.conversations(userId, limit);
	}

	/**
	 * Delete a user.
	 * @param userId the user
	 * @return 204, or 404
	 */
	@DeleteMapping("/{userId}")
	public Mono<ResponseEntity<Void>> delete(@PathVariable @UserId String userId) {
		return this.users.delete(userId).thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * Body of {@code POST /users}.
	 *
	 * @param userId the user's ID
	 * @param nick the user's nickname, defaulting to the ID
	 */
	public record CreateUser(@UserId String userId, @Nullable @MaxUtf8Bytes(MAX_NICK_BYTES) String nick) {

	}

}
