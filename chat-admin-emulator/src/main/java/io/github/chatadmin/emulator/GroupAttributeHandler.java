package io.github.chatadmin.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.maxBytes;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.optionalTexts;
import static io.github.chatadmin.emulator.EmulatorFields.text;

/**
 * The group attributes and group counters areas: custom key-value attributes (get,
 * modify, set, delete, clear) and counters (get, update, delete) of a group, kept on the
 * {@link GroupHandler.Group} they belong to, so that they go with the group when it is
 * dismissed.
 * <p>
 * Limits: at most 16 attributes a group, keys of at most 32 bytes, values of at most
 * 4,000 bytes (10004 beyond them); at most 20 counters a group and a request, keys of at
 * most 128 bytes; {@code Mode} {@code Set}, {@code Increase} or {@code Decrease}.
 *
 * @author chat-admin
 */
final class GroupAttributeHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final String SERVICE = "group_open_http_svc/";

	static final int MAX_ATTRIBUTES = 16;

	static final int MAX_COUNTERS = 20;

	private final GroupHandler groups;

	GroupAttributeHandler(GroupHandler groups) {
		this.groups = groups;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new LinkedHashMap<>();
		commands.put("group_open_attr_http_svc/get_group_attr", this::attributes);
		commands.put(SERVICE + "modify_group_attr", (body) -> writeAttributes(body, false));
		commands.put(SERVICE + "set_group_attr", (body) -> writeAttributes(body, true));
		commands.put(SERVICE + "delete_group_attr", this::deleteAttributes);
		commands.put(SERVICE + "clear_group_attr", this::clearAttributes);
		commands.put(SERVICE + "get_group_counter", this::counters);
		commands.put(SERVICE + "update_group_counter", this::updateCounters);
		commands.put(SERVICE + "delete_group_counter", this::deleteCounters);
		return commands;
	}

	@Override
	public void reset() {
	}

	private ObjectNode attributes(JsonNode body) {
		GroupHandler.Group group = this.groups.group(body);
		ArrayNode list = json.arrayNode();
		group.attributes.forEach((key, value) -> list.addObject().put("key", key).put("value", value));
		ObjectNode result = json.objectNode();
		result.set("GroupAttrAry", list);
		return result;
	}

	private static Map<String, String> readAttributes(JsonNode body, boolean valuesRequired) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (JsonNode item : array(body, "GroupAttr", 10004, MAX_ATTRIBUTES, 10004)) {
			String key = text(item, "key", 10004);
			maxBytes(key, "key", 32, 10004);
			String value = optionalText(item, "value", 10004);
			if (valuesRequired && value == null) {
				throw new EmulatorError(10004, "each 'GroupAttr' item needs a string 'value'");
			}
			if (value != null) {
				maxBytes(value, "value", 4000, 10004);
			}
			attributes.put(key, (value != null) ? value : "");
		}
		return attributes;
	}

	private ObjectNode writeAttributes(JsonNode body, boolean replace) {
		GroupHandler.Group group = this.groups.group(body);
		Map<String, String> attributes = readAttributes(body, true);
		Map<String, String> result = new LinkedHashMap<>(replace ? Map.of() : group.attributes);
		result.putAll(attributes);
		if (result.size() > MAX_ATTRIBUTES) {
			throw new EmulatorError(10004, "a group has at most " + MAX_ATTRIBUTES + " attributes");
		}
		group.attributes.clear();
		group.attributes.putAll(result);
		return json.objectNode();
	}

	private ObjectNode deleteAttributes(JsonNode body) {
		GroupHandler.Group group = this.groups.group(body);
		readAttributes(body, false).keySet().forEach(group.attributes::remove);
		return json.objectNode();
	}

	private ObjectNode clearAttributes(JsonNode body) {
		this.groups.group(body).attributes.clear();
		return json.objectNode();
	}

	private static ObjectNode counterList(GroupHandler.Group group, Iterable<String> keys) {
		ArrayNode list = json.arrayNode();
		for (String key : keys) {
			Long value = group.counters.get(key);
			if (value != null) {
				list.addObject().put("Key", key).put("Value", value);
			}
		}
		ObjectNode result = json.objectNode();
		result.set("GroupCounter", list);
		return result;
	}

	private static List<String> keys(JsonNode body) {
		List<String> keys = optionalTexts(body, "GroupCounterKeys", 10004, MAX_COUNTERS);
		for (String key : keys) {
			if (key.isEmpty()) {
				throw new EmulatorError(10004, "a counter key must not be empty");
			}
			maxBytes(key, "GroupCounterKeys", 128, 10004);
		}
		return keys;
	}

	private ObjectNode counters(JsonNode body) {
		GroupHandler.Group group = this.groups.group(body);
		List<String> keys = keys(body);
		return counterList(group, keys.isEmpty() ? group.counters.keySet() : keys);
	}

	private ObjectNode updateCounters(JsonNode body) {
		GroupHandler.Group group = this.groups.group(body);
		String mode = optionalText(body, "Mode", 10004);
		if (mode == null) {
			mode = "Set";
		}
		if (!mode.equals("Set") && !mode.equals("Increase") && !mode.equals("Decrease")) {
			throw new EmulatorError(10004, "'Mode' must be Set, Increase or Decrease");
		}
		Map<String, Long> updates = new LinkedHashMap<>();
		for (JsonNode item : array(body, "GroupCounter", 10004, MAX_COUNTERS, 10004)) {
			String key = text(item, "Key", 10004);
			maxBytes(key, "Key", 128, 10004);
			updates.put(key, integer(item, "Value", 0, Long.MAX_VALUE, 10004));
		}
		Map<String, Long> result = new LinkedHashMap<>(group.counters);
		for (Map.Entry<String, Long> update : updates.entrySet()) {
			long current = result.getOrDefault(update.getKey(), 0L);
			long value = switch (mode) {
				case "Increase" -> current + update.getValue();
				case "Decrease" -> current - update.getValue();
				default -> update.getValue();
			};
			result.put(update.getKey(), value);
		}
		if (result.size() > MAX_COUNTERS) {
			throw new EmulatorError(10004, "a group has at most " + MAX_COUNTERS + " counters");
		}
		group.counters.clear();
		group.counters.putAll(result);
		return counterList(group, updates.keySet());
	}

	private ObjectNode deleteCounters(JsonNode body) {
		GroupHandler.Group group = this.groups.group(body);
		List<String> keys = keys(body);
		if (keys.isEmpty()) {
			group.counters.clear();
		}
		else {
			keys.forEach(group.counters::remove);
		}
		return json.objectNode();
	}

}
