package io.github.chatadmin.client.callback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;

/**
 * Decodes callback bodies into {@link CallbackEvent}s. Unknown fields are kept in each
 * record's {@code extra} map, and an unknown command, or a body that does not fit its
 * command's record, becomes a {@link CallbackEvent.Unknown} with the raw body.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class CallbackEvents {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private static final Map<String, Class<? extends CallbackEvent>> TYPES;

	static {
		Map<String, Class<? extends CallbackEvent>> types = new LinkedHashMap<>();
		register(types, CallbackEvent.C2CBeforeSendMsg.COMMAND, CallbackEvent.C2CBeforeSendMsg.class);
		register(types, CallbackEvent.C2CAfterSendMsg.COMMAND, CallbackEvent.C2CAfterSendMsg.class);
		register(types, CallbackEvent.C2CAfterMsgReport.COMMAND, CallbackEvent.C2CAfterMsgReport.class);
		register(types, CallbackEvent.C2CAfterMsgWithdraw.COMMAND, CallbackEvent.C2CAfterMsgWithdraw.class);
		register(types, CallbackEvent.GroupBeforeCreateGroup.COMMAND, CallbackEvent.GroupBeforeCreateGroup.class);
		register(types, CallbackEvent.GroupAfterCreateGroup.COMMAND, CallbackEvent.GroupAfterCreateGroup.class);
		register(types, CallbackEvent.GroupBeforeApplyJoinGroup.COMMAND, CallbackEvent.GroupBeforeApplyJoinGroup.class);
		register(types, CallbackEvent.GroupBeforeInviteJoinGroup.COMMAND,
				CallbackEvent.GroupBeforeInviteJoinGroup.class);
		register(types, CallbackEvent.GroupAfterNewMemberJoin.COMMAND, CallbackEvent.GroupAfterNewMemberJoin.class);
		register(types, CallbackEvent.GroupAfterMemberExit.COMMAND, CallbackEvent.GroupAfterMemberExit.class);
		register(types, CallbackEvent.GroupBeforeSendMsg.COMMAND, CallbackEvent.GroupBeforeSendMsg.class);
		register(types, CallbackEvent.GroupAfterSendMsg.COMMAND, CallbackEvent.GroupAfterSendMsg.class);
		register(types, CallbackEvent.GroupAfterGroupFull.COMMAND, CallbackEvent.GroupAfterGroupFull.class);
		register(types, CallbackEvent.GroupAfterGroupDestroyed.COMMAND, CallbackEvent.GroupAfterGroupDestroyed.class);
		register(types, CallbackEvent.GroupAfterGroupInfoChanged.COMMAND,
				CallbackEvent.GroupAfterGroupInfoChanged.class);
		register(types, CallbackEvent.GroupOnMemberStateChange.COMMAND, CallbackEvent.GroupOnMemberStateChange.class);
		register(types, CallbackEvent.GroupAfterRecallMsg.COMMAND, CallbackEvent.GroupAfterRecallMsg.class);
		register(types, CallbackEvent.GroupBeforeCreateTopic.COMMAND, CallbackEvent.GroupBeforeCreateTopic.class);
		register(types, CallbackEvent.GroupAfterCreateTopic.COMMAND, CallbackEvent.GroupAfterCreateTopic.class);
		register(types, CallbackEvent.GroupAfterTopicDestroyed.COMMAND, CallbackEvent.GroupAfterTopicDestroyed.class);
		register(types, CallbackEvent.SnsPrevFriendAdd.COMMAND, CallbackEvent.SnsPrevFriendAdd.class);
		register(types, CallbackEvent.SnsPrevFriendResponse.COMMAND, CallbackEvent.SnsPrevFriendResponse.class);
		register(types, CallbackEvent.SnsFriendAdd.COMMAND, CallbackEvent.SnsFriendAdd.class);
		register(types, CallbackEvent.SnsFriendDelete.COMMAND, CallbackEvent.SnsFriendDelete.class);
		register(types, CallbackEvent.SnsBlackListAdd.COMMAND, CallbackEvent.SnsBlackListAdd.class);
		register(types, CallbackEvent.SnsBlackListDelete.COMMAND, CallbackEvent.SnsBlackListDelete.class);
		register(types, CallbackEvent.ProfilePortraitSet.COMMAND, CallbackEvent.ProfilePortraitSet.class);
		register(types, CallbackEvent.StateChange.COMMAND, CallbackEvent.StateChange.class);
		TYPES = Collections.unmodifiableMap(types);
	}

	private CallbackEvents() {
	}

	/**
	 * Return the commands this library decodes into their own records.
	 * @return the known commands
	 */
	public static Set<String> knownCommands() {
		return TYPES.keySet();
	}

	/**
	 * Return the record type of a command.
	 * @param command the vendor's command
	 * @return the record type, or {@link CallbackEvent.Unknown} for an unknown command
	 */
	public static Class<? extends CallbackEvent> typeOf(String command) {
		return TYPES.getOrDefault(command, CallbackEvent.Unknown.class);
	}

	/**
	 * Return the mapper the events are read with, which also writes {@link CallbackReply
	 * replies}.
	 * @return the mapper
	 */
	public static JsonMapper jsonMapper() {
		return MAPPER;
	}

	/**
	 * Decode a callback body.
	 * @param command the {@code CallbackCommand} query parameter
	 * @param body the request body, JSON
	 * @return the event; never fails on unknown fields or commands
	 * @throws IllegalArgumentException if the body is not a JSON object
	 */
	public static CallbackEvent decode(String command, byte[] body) {
		Assert.notNull(command, "'command' must not be null");
		Assert.notNull(body, "'body' must not be null");
		JsonNode tree;
		try {
			tree = MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Callback body of " + command + " is not JSON", ex);
		}
		if (tree == null || !tree.isObject()) {
			throw new IllegalArgumentException("Callback body of " + command + " is not a JSON object");
		}
		Class<? extends CallbackEvent> type = TYPES.get(command);
		if (type == null) {
			return new CallbackEvent.Unknown(command, tree);
		}
		try {
			return MAPPER.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			return new CallbackEvent.Unknown(command, tree);
		}
	}

	private static void register(Map<String, Class<? extends CallbackEvent>> types, String command,
			Class<? extends CallbackEvent> type) {
		types.put(command, type);
	}

}
