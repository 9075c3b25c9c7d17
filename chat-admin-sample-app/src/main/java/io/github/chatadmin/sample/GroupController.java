package io.github.chatadmin.sample;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API for groups and their messages.
 *
 * @author chat-admin
 */
@RestController
@RequestMapping("/groups")
public class GroupController {

	private final MessagingService messaging;

	public GroupController(MessagingService messaging) {
		this.messaging = messaging;
	}

	@PostMapping
	public Mono<ResponseEntity<Map<String, String>>> create(@RequestBody CreateGroup request) {
		return Mono.defer(() -> {
			String name = Requests.required(request.name(), "name");
			String owner = Requests.required(request.owner(), "owner");
			List<String> members = (request.members() != null) ? request.members() : List.of();
			return this.messaging.createGroup(name, owner, members)
				.map((groupId) -> ResponseEntity.created(Requests.location("/groups/{groupId}", groupId))
					.body(Map.of("groupId", groupId)));
		});
	}

	@PostMapping("/{groupId}/messages")
	public Mono<ResponseEntity<Map<String, Long>>> send(@PathVariable String groupId,
			@RequestBody SendGroupMessage request) {
		return Mono.defer(() -> {
			String from = Requests.required(request.from(), "from");
			String text = Requests.required(request.text(), "text");
			return this.messaging.sendToGroup(groupId, from, text)
				.map((seq) -> ResponseEntity.created(Requests.location("/groups/{groupId}/messages", groupId))
					.body(Map.of("seq", seq)));
		});
	}

	@GetMapping("/{groupId}/messages")
	public Mono<List<MessagingService.GroupMessage>> history(@PathVariable String groupId) {
		return this.messaging.groupHistory(groupId);
	}

	/**
	 * Body of {@code POST /groups}.
	 *
	 * @param name the group name
	 * @param owner the owner's user ID
	 * @param members the other members' user IDs
	 */
	public record CreateGroup(@Nullable String name, @Nullable String owner, @Nullable List<String> members) {

	}

	/**
	 * Body of {@code POST /groups/{groupId}/messages}.
	 *
	 * @param from the sender
	 * @param text the text
	 */
	public record SendGroupMessage(@Nullable String from, @Nullable String text) {

	}

}
