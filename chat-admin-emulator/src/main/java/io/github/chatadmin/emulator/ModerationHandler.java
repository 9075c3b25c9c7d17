package io.github.chatadmin.emulator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.text;

/**
 * The content-moderation area ({@code im_msg_audit} and the local keywords of
 * {@code im_msg_audit_mgr}): a text passes unless it contains a banned word (set through
 * {@link ChatAdminEmulator#banWords(String...)}) or a local keyword, which blocks it;
 * images, audio and video always pass. Invalid requests get the vendor's 2003. The cloud
 * keyword-library commands are not modelled.
 *
 * @author chat-admin
 */
final class ModerationHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private static final int INVALID = 2003;

	private static final int MAX_TEXT_BYTES = 8 * 1024;

	private static final Set<String> TYPES = Set.of("Text", "Image", "Audio", "Video");

	private final Clock clock;

	private final Set<String> bannedWords = new LinkedHashSet<>();

	private final Map<String, ObjectNode> localKeywords = new LinkedHashMap<>();

	private long keywordIds;

	ModerationHandler(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new LinkedHashMap<>();
		commands.put("im_msg_audit/content_moderation", this::moderate);
		commands.put("im_msg_audit/batch_content_moderation", this::moderateBatch);
		commands.put("im_msg_audit_mgr/add_local_audit_keywords", this::addLocal);
		commands.put("im_msg_audit_mgr/delete_local_audit_keywords", this::deleteLocal);
		commands.put("im_msg_audit_mgr/get_local_audit_keywords", this::getLocal);
		return commands;
	}

	@Override
	public void reset() {
		this.bannedWords.clear();
		this.localKeywords.clear();
		this.keywordIds = 0;
	}

	void banWords(List<String> words) {
		this.bannedWords.addAll(words);
	}

	private static String requestId() {
		return UUID.randomUUID().toString();
	}

	private ObjectNode moderate(JsonNode body) {
		text(body, "AuditName", INVALID);
		optionalText(body, "ExtSender", INVALID);
		optionalText(body, "ExtReceiver", INVALID);
		ObjectNode result = judge(body, TYPES);
		return result.put("RequestId", requestId());
	}

	private ObjectNode moderateBatch(JsonNode body) {
		text(body, "AuditName", INVALID);
		optionalText(body, "ExtSender", INVALID);
		optionalText(body, "ExtReceiver", INVALID);
		JsonNode contents = array(body, "Contents", INVALID, 10, INVALID);
		Set<Long> ids = new HashSet<>();
		List<ObjectNode> results = new ArrayList<>();
		for (JsonNode item : contents) {
			long id = integer(item, "ContentId", Long.MIN_VALUE, Long.MAX_VALUE, INVALID);
			if (!ids.add(id)) {
				throw new EmulatorError(INVALID, "'Contents' repeats the ContentId " + id);
			}
			ObjectNode result = judge(item, Set.of("Text", "Image"));
			results.add(json.objectNode().put("ContentId", id).setAll(result));
		}
		ObjectNode answer = json.objectNode().put("RequestId", requestId());
		ArrayNode list = answer.putArray("AuditResults");
		results.forEach(list::add);
		return answer;
	}

	private ObjectNode judge(JsonNode item, Set<String> types) {
		String type = text(item, "ContentType", INVALID);
		if (!types.contains(type)) {
			throw new EmulatorError(INVALID, "'ContentType' must be one of " + types);
		}
		String content = text(item, "Content", INVALID);
		if (type.equals("Text")) {
			maxBytes(content, "Content", MAX_TEXT_BYTES, INVALID);
		}
		List<String> hits = new ArrayList<>();
		if (type.equals("Text")) {
			String lower = content.toLowerCase(Locale.ROOT);
			for (String word : this.bannedWords) {
				if (lower.contains(word.toLowerCase(Locale.ROOT))) {
					hits.add(word);
				}
			}
			for (ObjectNode keyword : this.localKeywords.values()) {
				String word = keyword.path("Keyword").stringValue();
				if (!hits.contains(word) && lower.contains(word.toLowerCase(Locale.ROOT))) {
					hits.add(word);
				}
			}
		}
		ObjectNode result = json.objectNode();
		if (hits.isEmpty()) {
			result.put("Result", "Pass").put("Score", 0).put("Label", "Normal").putArray("Keywords");
		}
		else {
			ArrayNode keywords = result.put("Result", "Block")
				.put("Score", 100)
				.put("Label", "Illegal")
				.putArray("Keywords");
			hits.forEach(keywords::add);
		}
		return result;
	}

	private static void sdkAppId(JsonNode body) {
		integer(body, "SdkAppId", 1, Long.MAX_VALUE, INVALID);
	}

	private ObjectNode addLocal(JsonNode body) {
		sdkAppId(body);
		JsonNode words = array(body, "LocalAuditWords", INVALID, 10, 2016);
		List<ObjectNode> added = new ArrayList<>();
		for (JsonNode word : words) {
			String keyword = text(word, "Keyword", INVALID);
			long wordType = optionalInteger(word, "WordType", 0, Long.MAX_VALUE, 0, INVALID);
			long filterType = optionalInteger(word, "FilterType", 0, Long.MAX_VALUE, 0, INVALID);
			String replaced = optionalText(word, "ReplacedContent", INVALID);
			ObjectNode entry = json.objectNode()
				.put("Keyword", keyword)
				.put("WordType", wordType)
				.put("FilterType", filterType)
				.put("ReplacedContent", (replaced != null) ? replaced : "")
				.put("UpdateTime",
						TIME.format(LocalDateTime.ofEpochSecond(this.clock.millis() / 1000, 0, ZoneOffset.UTC)));
			added.add(entry);
		}
		for (ObjectNode entry : added) {
			ObjectNode existing = this.localKeywords.get(entry.path("Keyword").stringValue());
			entry.put("Id", (existing != null) ? existing.path("Id").stringValue() : Long.toString(++this.keywordIds));
			this.localKeywords.put(entry.path("Keyword").stringValue(), entry);
		}
		return json.objectNode().put("RequestId", requestId());
	}

	private ObjectNode deleteLocal(JsonNode body) {
		sdkAppId(body);
		JsonNode words = array(body, "LocalAuditWords", INVALID, 10, 2016);
		List<String> keywords = new ArrayList<>();
		for (JsonNode word : words) {
			keywords.add(text(word, "Keyword", INVALID));
		}
		keywords.forEach(this.localKeywords::remove);
		return json.objectNode().put("RequestId", requestId());
	}

	private ObjectNode getLocal(JsonNode body) {
		sdkAppId(body);
		long offset = integer(body, "Offset", 0, Long.MAX_VALUE, INVALID);
		long limit = integer(body, "Limit", 1, 100, INVALID);
		String filter = optionalText(body, "Keyword", INVALID);
		List<ObjectNode> matching = this.localKeywords.values()
			.stream()
			.filter((entry) -> filter == null || filter.isEmpty()
					|| entry.path("Keyword").stringValue().contains(filter))
			.toList();
		ObjectNode answer = json.objectNode().put("RequestId", requestId()).put("TotalCount", (long) matching.size());
		ArrayNode list = answer.putArray("LocalAuditWords");
		long end = Math.min(matching.size(), offset + limit);
		for (long i = Math.min(offset, matching.size()); i < end; i++) {
			list.add(matching.get((int) i).deepCopy());
		}
		return answer;
	}

}
