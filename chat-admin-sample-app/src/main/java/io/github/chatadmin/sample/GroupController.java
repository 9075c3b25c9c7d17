package io.github.chatadmin.sample;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API for groups and their messages. Every input is validated before Tencent Chat is
 * called; a bad one answers 400 with a problem detail naming it (see
 * {@link ApiErrorHandler}).
 *
 * @author chat-admin
 */
@RestController
@RequestMapping("/groups")
public class GroupController {

	/**
	 * Longest group name Tencent Chat accepts, in UTF-8 bytes.
	 */
	public static final int MAX_NAME_BYTES = 30;

	/**
	 * Most members Tencent Chat accepts when it creates a group, the owner aside.
	 */
	public static final int MAX_INITIAL_MEMBERS = 100;

	private final MessagingService messaging;

	public GroupController(MessagingService messaging) {
		this.messaging = messaging;
	}

	/**
	 * Create a public group.
	 * @param request the group
	 * @return 201 with the group ID
	 */
	@PostMapping
	public Mono<ResponseEntity<Map<String, String>>> create(@Valid @RequestBody CreateGroup request) {
		List<String> members = (request.members() != null) ? request.members() : List.of();
		return this.messaging.createGroup(request.name(), request.owner(), members)
			.map((groupId) -> ResponseEntity.created(Requests.location("/groups/{groupId}", groupId))
				.body(Map.of("groupId", groupId)));
	}

	/**
	 * Send a text message to a group.
	 * @param groupId the group
	 * @param request the message
	 * @return 201 with the message's sequence number
	 */
	@PostMapping("/{groupId}/messages")
	public Mono<ResponseEntity<Map<String, Long>>> send(@PathVariable @GroupId String groupId,
			@Valid @RequestBody SendGroupMessage request) {
		return this.messaging.sendToGroup(groupId, request.from(), request.text())
			.map((seq) -> ResponseEntity.created(Requests.location("/groups/{groupId}/messages", groupId))
				.body(Map.of("seq", seq)));
	}

	/**
	 * List a group's messages, oldest first.
	 * @param groupId the group
	 * @return the messages
	 */
	@GetMapping("/{groupId}/messages")
	public Mono<List<MessagingService.GroupMessage>> history(@PathVariable @GroupId String groupId) {
		return this.messaging.groupHistory(groupId);
	}

	/**
	 * List a group's members, paging through them as the response is written.
	 * @param groupId the group
	 * @return the members, streamed as one JSON array
	 */
	@GetMapping("/{groupId}/members")
	public Flux<MessagingService.GroupMemberView> members(@PathVariable @GroupId String groupId) {
		return this.messaging.groupMembers(groupId);
	}

	/**
	 * Body of {@code POST /groups}.
	 *
	 * @param name the group name
	 * @param owner the owner's user ID
	 * @param members the other members' user IDs
	 */
	public record CreateGroup(@NotBlank @MaxUtf8Bytes(MAX_NAME_BYTES) String name, @UserId String owner,
			@Nullable @Size(max = MAX_INITIAL_MEMBERS,
					message = "must have at most {max} members") List<@UserId String> members) {

	}

	/**
	 * Body of {@code POST /groups/{groupId}/messages}.
	 *
	 * @param from the sender
	 * @param text the text
	 */
	public record SendGroupMessage(@UserId String from,
			@NotBlank @MaxUtf8Bytes(MessagingService.MAX_TEXT_BYTES) String text) {

	}

}
