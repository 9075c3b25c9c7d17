package io.github.chatadmin.emulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a request body, checking their types and ranges, and raises an
 * {@link EmulatorError} with the command's own error code when one is wrong.
 *
 * @author chat-admin
 */
final class EmulatorFields {

	private EmulatorFields() {
	}

	static String text(JsonNode body, String field, int code) {
		JsonNode value = body.get(field);
		if (value == null || !value.isString() || value.asString().isEmpty()) {
			throw new EmulatorError(code, "'" + field + "' is missing or not a non-empty string");
		}
		return value.asString();
	}

	static @Nullable String optionalText(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	static JsonNode array(JsonNode body, String field, int code, int limit, int limitCode) {
		JsonNode value = body.get(field);
		if (value == null || !value.isArray() || value.isEmpty()) {
			throw new EmulatorError(code, "'" + field + "' is missing or not a non-empty array");
		}
		if (value.size() > limit) {
			throw new EmulatorError(limitCode, "'" + field + "' has " + value.size() + " items; at most " + limit);
		}
		return value;
	}

	static List<String> texts(JsonNode body, String field, int code, int limit, int limitCode) {
		List<String> result = new ArrayList<>();
		for (JsonNode item : array(body, field, code, limit, limitCode)) {
			if (!item.isString()) {
				throw new EmulatorError(code, "'" + field + "' must hold strings");
			}
			result.add(item.asString());
		}
		return result;
	}

	static List<String> userIdItems(JsonNode body, String field, int limit) {
		List<String> result = new ArrayList<>();
		for (JsonNode item : array(body, field, 70402, limit, 70402)) {
			result.add(text(item, "UserID", 70402));
		}
		return result;
	}

	static long random(JsonNode body, String field, int code) {
		JsonNode value = body.get(field);
		if (value == null || !value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 4294967295L) {
			throw new EmulatorError(code, "'" + field + "' is missing or not an unsigned 32-bit integer");
		}
		return value.asLong();
	}

	static JsonNode messageBody(JsonNode body) {
		JsonNode msgBody = body.get("MsgBody");
		if (msgBody == null || !msgBody.isArray() || msgBody.isEmpty()) {
			throw new EmulatorError(90002, "'MsgBody' is missing or not a non-empty array");
		}
		for (JsonNode element : msgBody) {
			if (!element.path("MsgType").isString() || !element.path("MsgContent").isObject()) {
				throw new EmulatorError(90002, "each 'MsgBody' element needs 'MsgType' and 'MsgContent'");
			}
		}
		return msgBody;
	}

}
