package io.github.chatadmin.sample;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.group.CreateGroupRequest;
import io.github.chatadmin.client.api.group.CreateGroupResponse;
import io.github.chatadmin.client.api.group.GroupType;
import io.github.chatadmin.client.api.group.NewMember;
import io.github.chatadmin.client.api.groupmessage.SendGroupMessageResponse;
import io.github.chatadmin.client.api.message.SendMessageRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Application service for one-to-one and group messages, on top of the injected
 * {@link ChatAdminOperations}.
 *
 * @author chat-admin
 */
@Service
public class MessagingService {

	/**
	 * Longest text the sample sends, in UTF-8 bytes: Tencent Chat refuses messages over
	 * about 12 KB, envelope included.
	 */
	public static final int MAX_TEXT_BYTES = 10_000;

	private final ChatAdminOperations chat;

	public MessagingService(ChatAdminOperations chat) {
		this.chat = chat;
	}

	public Mono<String> send(String from, String to, String text) {
		return this.chat.messages()
			.send(SendMessageRequest.builder(to).from(from).syncToSender(true).text(text).build())
			.map((response) -> String.valueOf(response.msgKey()));
	}

	/**
	 * Return the whole history between two users, oldest first, ordered by
	 * ({@code MsgTimeStamp}, {@code MsgSeq}) so that messages of the same second keep
	 * their order.
	 * @param userId the user
	 * @param peer the other user
	 * @return the messages
	 */
	public Mono<List<Message>> history(String userId, String peer) {
		return this.chat.messages()
			.history(userId, peer, Instant.EPOCH, Instant.now().plusSeconds(1))
			.map((item) -> new Message(String.valueOf(item.fromAccount()), String.valueOf(item.toAccount()),
					item.text(), orZero(item.msgTimeStamp()), orZero(item.msgSeq()), String.valueOf(item.msgKey())))
			.collectSortedList(Comparator.comparingLong(Message::time).thenComparingLong(Message::seq));
	}

	private static long orZero(@Nullable Long value) {
		return (value != null) ? value : 0;
	}

	public Mono<String> createGroup(String name, String owner, List<String> members) {
		CreateGroupRequest request = CreateGroupRequest.builder(GroupType.PUBLIC, name)
			.ownerAccount(owner)
			.memberList(members.isEmpty() ? null : members.stream().map(NewMember::of).toList())
			.build();
		return this.chat.groups().create(request).map(CreateGroupResponse::groupId);
	}

	/**
	 * Return every member of a group, page by page as the subscriber asks for them.
	 * @param groupId the group
	 * @return the members, in the order Tencent Chat lists them
	 */
	public Flux<GroupMemberView> groupMembers(String groupId) {
		return this.chat.groups()
			.members(groupId)
			.map((member) -> new GroupMemberView(member.memberAccount(),
					(member.role() != null) ? member.role().value() : null, member.joinTime()));
	}

	public Mono<Long> sendToGroup(String groupId, String from, String text) {
		return this.chat.groupMessages().sendText(groupId, from, text).map(SendGroupMessageResponse::msgSeq);
	}

	/**
	 * Return a group's whole history, oldest first by ({@code MsgTimeStamp},
	 * {@code MsgSeq}), without the place-holders of recalled or deleted messages.
	 * @param groupId the group
	 * @return the messages
	 */
	public Mono<List<GroupMessage>> groupHistory(String groupId) {
		return this.chat.groupMessages()
			.history(groupId)
			.filter((item) -> !item.isPlaceholder())
			.map((item) -> new GroupMessage(orZero(item.msgSeq()), String.valueOf(item.fromAccount()), item.text(),
					orZero(item.msgTimeStamp())))
			.collectSortedList(Comparator.comparingLong(GroupMessage::time).thenComparingLong(GroupMessage::seq));
	}

	/**
	 * A one-to-one message.
	 *
	 * @param from the sender
	 * @param to the recipient
	 * @param text the text
	 * @param time the Unix time it was sent
	 * @param seq the vendor's sequence number, which orders messages of the same second
	 * @param key the vendor's message key
	 */
	public record Message(String from, String to, String text, long time, long seq, String key) {

	}

	/**
	 * A group message.
	 *
	 * @param seq the group sequence number
	 * @param from the sender
	 * @param text the text
	 * @param time the Unix time it was sent
	 */
	public record GroupMessage(long seq, String from, String text, long time) {

	}

	/**
	 * A member of a group, as the sample's API shows it.
	 *
	 * @param userId the member's user ID
	 * @param role the member's role ({@code Owner}, {@code Admin} or {@code Member})
	 * @param joinTime when the member joined, in seconds since the epoch
	 */
	public record GroupMemberView(String userId, @Nullable String role, @Nullable Long joinTime) {

	}

}
