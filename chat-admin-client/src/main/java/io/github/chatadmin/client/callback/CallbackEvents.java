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
		register(types, CallbackEvent.AlertRequestOverLimit.COMMAND, CallbackEvent.AlertRequestOverLimit.class);
		register(types, CallbackEvent.FollowAfterFollowAdd.COMMAND, CallbackEvent.FollowAfterFollowAdd.class);
		register(types, CallbackEvent.FollowAfterFollowDelete.COMMAND, CallbackEvent.FollowAfterFollowDelete.class);
		register(types, CallbackEvent.C2CAfterMsgExtension.COMMAND, CallbackEvent.C2CAfterMsgExtension.class);
		register(types, CallbackEvent.GroupSendMsgException.COMMAND, CallbackEvent.GroupSendMsgException.class);
		register(types, CallbackEvent.GroupAfterTopicInfoChanged.COMMAND,
				CallbackEvent.GroupAfterTopicInfoChanged.class);
		register(types, CallbackEvent.GroupAfterMemberFieldChanged.COMMAND,
				CallbackEvent.GroupAfterMemberFieldChanged.class);
		register(types, CallbackEvent.GroupAfterGroupAttrChanged.COMMAND,
				CallbackEvent.GroupAfterGroupAttrChanged.class);
		register(types, CallbackEvent.GroupAfterReadReceipt.COMMAND, CallbackEvent.GroupAfterReadReceipt.class);
		register(types, CallbackEvent.GroupAfterChangeGroupOwner.COMMAND,
				CallbackEvent.GroupAfterChangeGroupOwner.class);
		register(types, CallbackEvent.GroupOnDailyGroupQuotaAlarm.COMMAND,
				CallbackEvent.GroupOnDailyGroupQuotaAlarm.class);
		register(types, CallbackEvent.GroupAfterGroupMsgExtension.COMMAND,
				CallbackEvent.GroupAfterGroupMsgExtension.class);
		register(types, CallbackEvent.ContentResultNotify.COMMAND, CallbackEvent.ContentResultNotify.class);
		register(types, CallbackEvent.BotOnC2CMessage.COMMAND, CallbackEvent.BotOnC2CMessage.class);
		register(types, CallbackEvent.BotOnGroupMessage.COMMAND, CallbackEvent.BotOnGroupMessage.class);
		register(types, CallbackEvent.ChatbotOnC2CSignalMessage.COMMAND, CallbackEvent.ChatbotOnC2CSignalMessage.class);
		register(types, CallbackEvent.OfficialAccountBeforeCreate.COMMAND,
				CallbackEvent.OfficialAccountBeforeCreate.class);
		register(types, CallbackEvent.OfficialAccountAfterCreate.COMMAND,
				CallbackEvent.OfficialAccountAfterCreate.class);
		register(types, CallbackEvent.OfficialAccountAfterInfoChanged.COMMAND,
				CallbackEvent.OfficialAccountAfterInfoChanged.class);
		register(types, CallbackEvent.OfficialAccountAfterDestroyed.COMMAND,
				CallbackEvent.OfficialAccountAfterDestroyed.class);
		register(types, CallbackEvent.OfficialAccountBeforeAddSubscriber.COMMAND,
				CallbackEvent.OfficialAccountBeforeAddSubscriber.class);
		register(types, CallbackEvent.OfficialAccountAfterAddSubscriber.COMMAND,
				CallbackEvent.OfficialAccountAfterAddSubscriber.class);
		register(types, CallbackEvent.OfficialAccountAfterFull.COMMAND, CallbackEvent.OfficialAccountAfterFull.class);
		register(types, CallbackEvent.OfficialAccountAfterDeleteSubscriber.COMMAND,
				CallbackEvent.OfficialAccountAfterDeleteSubscriber.class);
		register(types, CallbackEvent.OfficialAccountBeforeSendMsg.COMMAND,
				CallbackEvent.OfficialAccountBeforeSendMsg.class);
		register(types, CallbackEvent.OfficialAccountAfterSendMsg.COMMAND,
				CallbackEvent.OfficialAccountAfterSendMsg.class);
		register(types, CallbackEvent.OfficialAccountAfterMsgWithdraw.COMMAND,
				CallbackEvent.OfficialAccountAfterMsgWithdraw.class);
		register(types, CallbackEvent.PushOfflinePush.COMMAND, CallbackEvent.PushOfflinePush.class);
		register(types, CallbackEvent.PushAllMemberPush.COMMAND, CallbackEvent.PushAllMemberPush.class);
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
