package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which callbacks the modelled commands trigger, with the vendor's bodies: the "before"
 * callbacks of one-to-one and group sends, which can refuse or rewrite the message, and
 * the "after" callbacks of sends, group creation, members joining and leaving, friends
 * added and profiles set.
 *
 * @author chat-admin
 */
final class CallbackTriggers {

	static final String C2C_BEFORE_SEND = "C2C.CallbackBeforeSendMsg";

	static final String C2C_AFTER_SEND = "C2C.CallbackAfterSendMsg";

	static final String GROUP_BEFORE_SEND = "Group.CallbackBeforeSendMsg";

	static final String GROUP_AFTER_SEND = "Group.CallbackAfterSendMsg";

	static final String GROUP_AFTER_CREATE = "Group.CallbackAfterCreateGroup";

	static final String GROUP_AFTER_JOIN = "Group.CallbackAfterNewMemberJoin";

	static final String GROUP_AFTER_EXIT = "Group.CallbackAfterMemberExit";

	static final String FRIEND_ADD = "Sns.CallbackFriendAdd";

	static final String PORTRAIT_SET = "Profile.CallbackPortraitSet";

	/**
	 * The error a one-to-one sender gets when the before-send callback refuses the
	 * message.
	 */
	static final int C2C_REFUSED = 20006;

	/**
	 * The error a group sender gets when the before-send callback refuses the message.
	 */
	static final int GROUP_REFUSED = 10016;

	private static final Log logger = LogFactory.getLog(CallbackTriggers.class);

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private final EmulatorCallbacks callbacks;

	private final EmulatorDispatcher dispatcher;

	private final Clock clock;

	private final String admin;

	CallbackTriggers(EmulatorCallbacks callbacks, EmulatorDispatcher dispatcher, Clock clock, String admin) {
		this.callbacks = callbacks;
		this.dispatcher = dispatcher;
		this.clock = clock;
		this.admin = admin;
	}

	/**
	 * Run the "before" callback of a command, if it has one and the request would be
	 * carried out.
	 * @param command {@code service/command}
	 * @param request the request body
	 * @return the request to carry out (rewritten by the reply), or an
	 * {@link EmulatorError} when the app refused it
	 */
	Mono<JsonNode> before(@Nullable String command, JsonNode request) {
		if (command == null || !this.callbacks.isEnabled() || forbidden(request, "ForbidBeforeSendMsgCallback")) {
			return Mono.just(request);
		}
		if (command.equals("openim/sendmsg") && isC2cSendable(request)) {
			ObjectNode body = json.objectNode();
			body.put("From_Account", sender(request));
			copy(request, body, "To_Account", "MsgRandom");
			body.put("MsgTime", this.clock.millis() / 1000);
			body.put("OnlineOnlyFlag", request.path("OnlineOnlyFlag").asInt(0));
			copy(request, body, "MsgBody", "CloudCustomData", "OfflinePushInfo");
			body.put("EventTime", this.clock.millis());
			return decide(C2C_BEFORE_SEND, body, request, C2C_REFUSED);
		}
		if (command.equals("group_open_http_svc/send_group_msg") && isGroupSendable(request)) {
			String groupId = request.get("GroupId").stringValue();
			ObjectNode body = json.objectNode().put("GroupId", groupId);
			body.put("Type", this.dispatcher.groupType(groupId));
			body.put("From_Account", sender(request));
			body.put("Operator_Account", this.admin);
			copy(request, body, "Random", "MsgBody", "CloudCustomData", "OfflinePushInfo");
			body.put("OnlineOnlyFlag", request.path("OnlineOnlyFlag").asInt(0));
			copy(request, body, "MsgPriority");
			body.put("EventTime", this.clock.millis());
			return decide(GROUP_BEFORE_SEND, body, request, GROUP_REFUSED);
		}
		return Mono.just(request);
	}

	/**
	 * Return what an "after" callback needs to know of the state before a command: the
	 * members of the group a {@code delete_group_member} removes members from.
	 * @param command {@code service/command}
	 * @param request the request body
	 * @return the group's members, or an empty set
	 */
	Set<String> membersBefore(@Nullable String command, JsonNode request) {
		JsonNode groupId = request.get("GroupId");
		if (this.callbacks.isEnabled() && "group_open_http_svc/delete_group_member".equals(command) && groupId != null
				&& groupId.isString()) {
			return this.dispatcher.groupMembers(groupId.stringValue());
		}
		return Set.of();
	}

	/**
	 * Send the "after" callbacks of a command that was carried out.
	 * @param command {@code service/command}
	 * @param request the request body as carried out
	 * @param answer the answer's own fields
	 * @param membersBefore what {@link #membersBefore} returned before the command
	 */
	void after(@Nullable String command, JsonNode request, ObjectNode answer, Set<String> membersBefore) {
		if (command == null || !this.callbacks.isEnabled()) {
			return;
		}
		try {
			switch (command) {
				case "openim/sendmsg" -> afterC2cSend(request, answer);
				case "group_open_http_svc/send_group_msg" -> afterGroupSend(request, answer);
				case "group_open_http_svc/create_group" -> afterCreateGroup(request, answer);
				case "group_open_http_svc/add_group_member" -> afterAddMembers(request, answer);
				case "group_open_http_svc/delete_group_member" -> afterDeleteMembers(request, membersBefore);
				case "sns/friend_add" -> afterFriendAdd(request, answer);
				case "profile/portrait_set" -> afterPortraitSet(request);
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("The emulator could not build the callback of " + command, ex);
		}
	}

	private Mono<JsonNode> decide(String callback, ObjectNode body, JsonNode request, int refusal) {
		return this.callbacks.call(callback, body, EmulatorCallbacks.BEFORE_TIMEOUT).map((call) -> {
			JsonNode reply = call.reply();
			if (reply == null) {
				return request;
			}
			int code = reply.get("ErrorCode").asInt();
			if (code != 0) {
				throw new EmulatorError(refusal, "the app's " + callback + " callback refused the message (ErrorCode "
						+ code + ": " + reply.path("ErrorInfo").asString("") + ")");
			}
			JsonNode msgBody = reply.get("MsgBody");
			JsonNode cloudCustomData = reply.get("CloudCustomData");
			boolean rewritesBody = msgBody != null && msgBody.isArray() && !msgBody.isEmpty();
			boolean rewritesData = cloudCustomData != null && cloudCustomData.isString();
			if (!rewritesBody && !rewritesData) {
				return request;
			}
			ObjectNode rewritten = ((ObjectNode) request).deepCopy();
			if (rewritesBody) {
				rewritten.set("MsgBody", msgBody);
			}
			if (rewritesData) {
				rewritten.set("CloudCustomData", cloudCustomData);
			}
			return rewritten;
		}).defaultIfEmpty(request);
	}

	private void afterC2cSend(JsonNode request, ObjectNode answer) {
		if (forbidden(request, "ForbidAfterSendMsgCallback")) {
			return;
		}
		String msgKey = answer.path("MsgKey").asString("");
		ObjectNode body = json.objectNode();
		body.put("From_Account", sender(request));
		copy(request, body, "To_Account");
		int underscore = msgKey.indexOf('_');
		if (underscore > 0) {
			body.put("MsgSeq", Long.parseLong(msgKey.substring(0, underscore)));
		}
		copy(request, body, "MsgRandom");
		copy(answer, body, "MsgTime", "MsgKey");
		body.put("OnlineOnlyFlag", request.path("OnlineOnlyFlag").asInt(0));
		copy(request, body, "MsgBody", "CloudCustomData", "OfflinePushInfo");
		body.put("SendMsgResult", 0);
		body.put("ErrorInfo", "send msg succeed");
		body.put("EventTime", this.clock.millis());
		this.callbacks.fire(C2C_AFTER_SEND, body);
	}

	private void afterGroupSend(JsonNode request, ObjectNode answer) {
		if (forbidden(request, "ForbidAfterSendMsgCallback")) {
			return;
		}
		String groupId = request.get("GroupId").stringValue();
		ObjectNode body = json.objectNode().put("GroupId", groupId);
		body.put("Type", this.dispatcher.groupType(groupId));
		body.put("From_Account", sender(request));
		body.put("Operator_Account", this.admin);
		copy(request, body, "Random");
		copy(answer, body, "MsgSeq", "MsgTime");
		body.put("OnlineOnlyFlag", request.path("OnlineOnlyFlag").asInt(0));
		copy(request, body, "MsgBody", "CloudCustomData", "OfflinePushInfo", "MsgPriority");
		body.put("EventTime", this.clock.millis());
		this.callbacks.fire(GROUP_AFTER_SEND, body);
	}

	private void afterCreateGroup(JsonNode request, ObjectNode answer) {
		ObjectNode body = json.objectNode();
		copy(answer, body, "GroupId");
		body.put("Operator_Account", this.admin);
		copy(request, body, "Owner_Account", "Type", "Name");
		ArrayNode members = body.putArray("MemberList");
		for (JsonNode member : request.path("MemberList")) {
			members.addObject().put("Member_Account", member.path("Member_Account").asString(""));
		}
		if (request.path("AppDefinedData").isArray()) {
			body.set("UserDefinedDataList", request.get("AppDefinedData"));
		}
		body.put("EventTime", this.clock.millis());
		this.callbacks.fire(GROUP_AFTER_CREATE, body);
	}

	private void afterAddMembers(JsonNode request, ObjectNode answer) {
		ArrayNode joined = json.arrayNode();
		for (JsonNode member : answer.path("MemberList")) {
			if (member.path("Result").asInt() == 1) {
				joined.addObject().put("Member_Account", member.path("Member_Account").asString(""));
			}
		}
		if (joined.isEmpty()) {
			return;
		}
		String groupId = request.get("GroupId").stringValue();
		ObjectNode body = json.objectNode().put("GroupId", groupId);
		body.put("Type", this.dispatcher.groupType(groupId));
		body.put("JoinType", "Invited");
		body.put("Operator_Account", this.admin);
		body.set("NewMemberList", joined);
		body.put("EventTime", this.clock.millis());
		this.callbacks.fire(GROUP_AFTER_JOIN, body);
	}

	private void afterDeleteMembers(JsonNode request, Set<String> membersBefore) {
		ArrayNode left = json.arrayNode();
		for (JsonNode member : request.path("MemberToDel_Account")) {
			if (member.isString() && membersBefore.contains(member.stringValue())) {
				left.addObject().put("Member_Account", member.stringValue());
			}
		}
		if (left.isEmpty()) {
			return;
		}
		String groupId = request.get("GroupId").stringValue();
		ObjectNode body = json.objectNode().put("GroupId", groupId);
		body.put("Type", this.dispatcher.groupType(groupId));
		body.put("ExitType", "Kicked");
		body.put("Operator_Account", this.admin);
		body.set("ExitMemberList", left);
		body.put("EventTime", this.clock.millis());
		this.callbacks.fire(GROUP_AFTER_EXIT, body);
	}

	private void afterFriendAdd(JsonNode request, ObjectNode answer) {
		String from = request.get("From_Account").stringValue();
		boolean both = !"Add_Type_Single".equals(request.path("AddType").asString(""));
		ArrayNode pairs = json.arrayNode();
		for (JsonNode result : answer.path("ResultItem")) {
			if (result.path("ResultCode").asInt(-1) != 0) {
				continue;
			}
			String to = result.path("To_Account").asString("");
			pairs.addObject().put("From_Account", from).put("To_Account", to).put("Initiator_Account", from);
			if (both) {
				pairs.addObject().put("From_Account", to).put("To_Account", from).put("Initiator_Account", from);
			}
		}
		if (pairs.isEmpty()) {
			return;
		}
		ObjectNode body = json.objectNode();
		body.set("PairList", pairs);
		body.put("ClientCmd", "friend_add");
		body.put("Admin_Account", this.admin);
		body.put("ForceFlag", request.path("ForceAddFlags").asInt(0));
		body.put("EventTime", this.clock.millis());
		this.callbacks.fire(FRIEND_ADD, body);
	}

	private void afterPortraitSet(JsonNode request) {
		ObjectNode body = json.objectNode();
		body.put("Operator_Account", this.admin);
		copy(request, body, "From_Account", "ProfileItem");
		body.put("EventTime", this.clock.millis());
		this.callbacks.fire(PORTRAIT_SET, body);
	}

	private String sender(JsonNode request) {
		JsonNode from = request.get("From_Account");
		return (from != null && from.isString()) ? from.stringValue() : this.admin;
	}

	private boolean isC2cSendable(JsonNode request) {
		JsonNode from = request.get("From_Account");
		JsonNode to = request.get("To_Account");
		return (from == null || (from.isString() && this.dispatcher.hasAccount(from.stringValue()))) && to != null
				&& to.isString() && this.dispatcher.hasAccount(to.stringValue())
				&& isNonEmptyArray(request.get("MsgBody"));
	}

	private boolean isGroupSendable(JsonNode request) {
		JsonNode groupId = request.get("GroupId");
		return groupId != null && groupId.isString() && this.dispatcher.groupType(groupId.stringValue()) != null
				&& isNonEmptyArray(request.get("MsgBody"));
	}

	private static boolean isNonEmptyArray(@Nullable JsonNode node) {
		return node != null && node.isArray() && !node.isEmpty();
	}

	private static boolean forbidden(JsonNode request, String control) {
		for (JsonNode value : request.path("ForbidCallbackControl")) {
			if (value.isString() && value.stringValue().equals(control)) {
				return true;
			}
		}
		return false;
	}

	private static void copy(JsonNode from, ObjectNode to, String... names) {
		for (String name : names) {
			JsonNode value = from.get(name);
			if (value != null && !value.isNull()) {
				to.set(name, value.deepCopy());
			}
		}
	}

}
