package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.optionalTexts;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;

/**
 * The community topics area: creates, reads, modifies and destroys the topics of a
 * community that supports them ({@code SupportTopic} 1 at creation), kept on the
 * {@link GroupHandler.Group} they belong to.
 * <p>
 * Topic IDs as the vendor shapes them: the community ID, {@code @TOPIC#_}, then a custom
 * part (not starting with {@code @TOPIC#_}, without {@code @TGS#_}) or a generated
 * {@code @TOPIC#...} part. A group that is not a topic-enabled community gets 10007, a
 * topic ID that is taken 10021, a topic that does not exist 10010.
 *
 * @author chat-admin
 */
final class TopicHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final String SERVICE = "million_group_open_http_svc/";

	private static final String TOPIC_PREFIX = "@TOPIC#_";

	private final GroupHandler groups;

	private final AccountHandler accounts;

	private final Clock clock;

	private long topicCounter;

	TopicHandler(GroupHandler groups, AccountHandler accounts, Clock clock) {
		this.groups = groups;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new LinkedHashMap<>();
		commands.put(SERVICE + "create_topic", this::createTopic);
		commands.put(SERVICE + "get_topic", this::getTopics);
		commands.put(SERVICE + "modify_topic", this::modifyTopic);
		commands.put(SERVICE + "destroy_topic", this::destroyTopics);
		return commands;
	}

	@Override
	public void reset() {
		this.topicCounter = 0;
	}

	private GroupHandler.Group community(JsonNode body) {
		GroupHandler.Group group = this.groups.group(body);
		if (!group.type().equals("Community") || !group.supportTopic) {
			throw new EmulatorError(10007, "the group " + group.id() + " is not a community that supports topics");
		}
		return group;
	}

	private static void profile(JsonNode body, ObjectNode topic) {
		String name = optionalText(body, "TopicName", 10004);
		if (name != null && name.isEmpty()) {
			throw new EmulatorError(10004, "'TopicName' must not be empty");
		}
		maxBytes(name, "TopicName", 30, 10004);
		String customString = optionalText(body, "CustomString", 10004);
		maxBytes(customString, "CustomString", 3000, 10004);
		String faceUrl = optionalText(body, "FaceUrl", 10004);
		maxBytes(faceUrl, "FaceUrl", 100, 10004);
		String notification = optionalText(body, "Notification", 10004);
		maxBytes(notification, "Notification", 300, 10004);
		String introduction = optionalText(body, "Introduction", 10004);
		maxBytes(introduction, "Introduction", 240, 10004);
		String muteAll = optionalText(body, "MuteAllMember", 10004);
		if (muteAll != null && !muteAll.equals("On") && !muteAll.equals("Off")) {
			throw new EmulatorError(10004, "'MuteAllMember' must be On or Off");
		}
		if (name != null) {
			topic.put("TopicName", name);
		}
		putIfPresent(topic, "CustomString", customString);
		putIfPresent(topic, "FaceUrl", faceUrl);
		putIfPresent(topic, "Notification", notification);
		putIfPresent(topic, "Introduction", introduction);
		putIfPresent(topic, "MuteAllMember", muteAll);
	}

	private static void putIfPresent(ObjectNode topic, String field, @Nullable String value) {
		if (value != null) {
			topic.put(field, value);
		}
	}

	private ObjectNode createTopic(JsonNode body) {
		GroupHandler.Group group = community(body);
		text(body, "TopicName", 10004);
		String from = optionalText(body, "From_Account", 10004);
		if (from != null) {
			this.accounts.require(from, 10019, "From_Account");
		}
		String topicId = optionalText(body, "TopicId", 10004);
		if (topicId != null) {
			String prefix = group.id() + TOPIC_PREFIX;
			String custom = topicId.startsWith(prefix) ? topicId.substring(prefix.length()) : "";
			if (custom.isEmpty() || custom.startsWith(TOPIC_PREFIX) || custom.contains(GroupHandler.COMMUNITY_PREFIX)) {
				throw new EmulatorError(10004,
						"a custom 'TopicId' is the community ID, " + TOPIC_PREFIX + " and a custom part");
			}
			maxBytes(topicId, "TopicId", 200, 10004);
			if (group.topics.containsKey(topicId)) {
				throw new EmulatorError(10021, "the topic ID " + topicId + " is in use");
			}
		}
		ObjectNode topic = json.objectNode();
		profile(body, topic);
		if (topicId == null) {
			topicId = group.id() + TOPIC_PREFIX + "@TOPIC#c"
					+ Long.toString(++this.topicCounter * 7919 + 0x3C3C3L, 36).toUpperCase();
		}
		long now = this.clock.millis() / 1000;
		topic.put("TopicId", topicId).put("CreateTime", now).put("LastMsgTime", 0).put("NextMsgSeq", 1);
		if (!topic.has("MuteAllMember")) {
			topic.put("MuteAllMember", "Off");
		}
		group.topics.put(topicId, topic);
		return json.objectNode().put("TopicId", topicId);
	}

	private ObjectNode getTopics(JsonNode body) {
		GroupHandler.Group group = community(body);
		String from = text(body, "From_Account", 10004);
		this.accounts.require(from, 10019, "From_Account");
		List<String> ids = optionalTexts(body, "TopicIdList", 10004, 1000);
		optionalTexts(body, "ResponseFilter", 10004, 100);
		List<String> wanted = ids.isEmpty() ? new ArrayList<>(group.topics.keySet()) : ids;
		ArrayNode list = json.arrayNode();
		for (String id : wanted) {
			ObjectNode item = list.addObject();
			ObjectNode topic = group.topics.get(id);
			if (topic == null) {
				item.put("ErrorCode", 10010).put("ErrorInfo", "the topic does not exist");
				item.putObject("TopicInfo").put("TopicId", id);
				continue;
			}
			item.put("ErrorCode", 0).put("ErrorInfo", "");
			item.set("TopicInfo", topic.deepCopy().put("GroupID", group.id()));
			if (group.isMember(from)) {
				item.putObject("SelfInfo").put("MsgSeq", 0).put("MsgFlag", "AcceptAndNotify").put("ShutUpTime", 0);
			}
		}
		ObjectNode result = json.objectNode();
		result.set("TopicAndSelfInfo", list);
		return result;
	}

	private ObjectNode modifyTopic(JsonNode body) {
		GroupHandler.Group group = community(body);
		String topicId = text(body, "TopicId", 10004);
		ObjectNode topic = group.topics.get(topicId);
		if (topic == null) {
			throw new EmulatorError(10010, "the topic " + topicId + " does not exist");
		}
		String from = optionalText(body, "From_Account", 10004);
		if (from != null) {
			this.accounts.require(from, 10019, "From_Account");
		}
		ObjectNode changed = topic.deepCopy();
		profile(body, changed);
		group.topics.put(topicId, changed);
		return json.objectNode();
	}

	private ObjectNode destroyTopics(JsonNode body) {
		GroupHandler.Group group = community(body);
		ArrayNode list = json.arrayNode();
		for (String id : texts(body, "TopicIdList", 10004, 1000, 10004)) {
			boolean removed = group.topics.remove(id) != null;
			list.addObject()
				.put("ErrorCode", removed ? 0 : 10010)
				.put("ErrorInfo", removed ? "" : "the topic does not exist")
				.put("TopicId", id);
		}
		ObjectNode result = json.objectNode();
		result.set("DestroyResultItem", list);
		return result;
	}

}
