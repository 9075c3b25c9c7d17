package io.github.chatadmin.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.message.SendMessageRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

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

	private static final int GROUP_PAGE = 20;

	private final ChatAdminOperations chat;

	public MessagingService(ChatAdminOperations chat) {
		this.chat = chat;
	}

	private static List<Map<String, Object>> text(String text) {
		return List.of(Map.of("MsgType", "TIMTextElem", "MsgContent", Map.of("Text", text)));
	}

	private static long random() {
		return ThreadLocalRandom.current().nextLong(1L << 32);
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
		List<Map<String, String>> memberList = members.stream().map((id) -> Map.of("Member_Account", id)).toList();
		return this.chat
			.execute("group_open_http_svc", "create_group",
					Map.of("Owner_Account", owner, "Type", "Public", "Name", name, "MemberList", memberList))
			.map((response) -> response.get("GroupId").asString());
	}

	public Mono<Long> sendToGroup(String groupId, String from, String text) {
		return this.chat
			.execute("group_open_http_svc", "send_group_msg",
					Map.of("GroupId", groupId, "From_Account", from, "Random", random(), "MsgBody", text(text)))
			.map((response) -> response.get("MsgSeq").asLong());
	}

	public Mono<List<GroupMessage>> groupHistory(String groupId) {
		return groupPage(groupId, null).expand((response) -> {
			JsonNode list = response.path("RspMsgList");
			if (list.isEmpty() || response.path("IsFinished").asInt(1) == 1) {
				return Mono.empty();
			}
			long oldest = list.get(list.size() - 1).get("MsgSeq").asLong();
			return (oldest <= 1) ? Mono.empty() : groupPage(groupId, oldest - 1);
		})
			.flatMapIterable((response) -> response.path("RspMsgList"))
			.map((item) -> new GroupMessage(item.get("MsgSeq").asLong(), item.get("From_Account").asString(),
					textOf(item), item.get("MsgTimeStamp").asLong()))
			.collectList()
			.map((messages) -> {
				List<GroupMessage> sorted = new ArrayList<>(messages);
				sorted.sort(Comparator.comparingLong(GroupMessage::seq));
				return sorted;
			});
	}

	private Mono<JsonNode> groupPage(String groupId, @Nullable Long beforeSeq) {
		Map<String, Object> request = new HashMap<>(Map.of("GroupId", groupId, "ReqMsgNumber", GROUP_PAGE));
		if (beforeSeq != null) {
			request.put("ReqMsgSeq", beforeSeq);
		}
		return this.chat.execute("group_open_http_svc", "group_msg_get_simple", request);
	}

	private static String textOf(JsonNode message) {
		StringBuilder text = new StringBuilder();
		for (JsonNode element : message.path("MsgBody")) {
			if ("TIMTextElem".equals(element.path("MsgType").asString())) {
				text.append(element.path("MsgContent").path("Text").asString());
			}
		}
		return text.toString();
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

}
