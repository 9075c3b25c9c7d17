package io.github.chatadmin.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a request body, checking their JSON types and ranges, and raises an
 * {@link EmulatorError} with the command's own error code when one is wrong. Handlers
 * read fields only through these methods, so that no value, however odd, makes a handler
 * fail: Jackson 3's {@code asLong()} and {@code asString()} throw where Jackson 2
 * coerced.
 *
 * @author chat-admin
 */
final class EmulatorFields {

	/**
	 * The largest unsigned 32-bit integer, the range of {@code MsgRandom}, {@code Random}
	 * and {@code MsgSeq}.
	 */
	static final long MAX_UNSIGNED_32 = 4294967295L;

	/**
	 * The vendor's limit on a message body, 12 KB, measured here as the UTF-8 JSON of
	 * {@code MsgBody}.
	 */
	static final int MAX_MESSAGE_BODY_BYTES = 12 * 1024;

	private EmulatorFields() {
	}

	/**
	 * Return the length of a text in UTF-8 bytes, as the vendor measures its limits.
	 * @param value the text
	 * @return the number of bytes
	 */
	static int utf8Length(String value) {
		return value.getBytes(StandardCharsets.UTF_8).length;
	}

	/**
	 * Refuse a text longer than a limit in UTF-8 bytes.
	 * @param value the text, {@code null} when absent (then nothing is checked)
	 * @param field the field name
	 * @param maxBytes the limit in bytes
	 * @param code the error code when the text is longer
	 */
	static void maxBytes(@Nullable String value, String field, int maxBytes, int code) {
		if (value != null && utf8Length(value) > maxBytes) {
			throw new EmulatorError(code, "'" + field + "' is longer than " + maxBytes + " bytes");
		}
	}

	/**
	 * Read a required, non-empty string.
	 * @param body the object that holds the field (any node: a non-object has no field)
	 * @param field the field name
	 * @param code the error code when it is missing, empty or not a string
	 * @return the string
	 */
	static String text(JsonNode body, String field, int code) {
		JsonNode value = body.get(field);
		if (value == null || !value.isString() || value.stringValue().isEmpty()) {
			throw new EmulatorError(code, "'" + field + "' is missing or not a non-empty string");
		}
		return value.stringValue();
	}

	/**
	 * Read an optional string.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param code the error code when it is present but neither a string nor null
	 * @return the string, or {@code null} when it is absent or JSON null
	 */
	static @Nullable String optionalText(JsonNode body, String field, int code) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new EmulatorError(code, "'" + field + "' must be a string");
		}
		return value.stringValue();
	}

	/**
	 * Read a required integer in a range.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param min the smallest value allowed
	 * @param max the largest value allowed
	 * @param code the error code when it is missing, not an integer or out of range
	 * @return the value
	 */
	static long integer(JsonNode body, String field, long min, long max, int code) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			throw new EmulatorError(code,
					"'" + field + "' is missing; it must be an integer from " + min + " to " + max);
		}
		return checkedInteger(value, field, min, max, code);
	}

	/**
	 * Read an optional integer in a range.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param min the smallest value allowed
	 * @param max the largest value allowed
	 * @param defaultValue the value when it is absent or JSON null
	 * @param code the error code when it is not an integer or out of range
	 * @return the value
	 */
	static long optionalInteger(JsonNode body, String field, long min, long max, long defaultValue, int code) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return defaultValue;
		}
		return checkedInteger(value, field, min, max, code);
	}

	private static long checkedInteger(JsonNode value, String field, long min, long max, int code) {
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min
				|| value.longValue() > max) {
			throw new EmulatorError(code, "'" + field + "' must be an integer from " + min + " to " + max);
		}
		return value.longValue();
	}

	/**
	 * Read a required unsigned 32-bit integer, such as {@code MsgRandom}.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param code the error code when it is missing or not an unsigned 32-bit integer
	 * @return the value
	 */
	static long random(JsonNode body, String field, int code) {
		return integer(body, field, 0, MAX_UNSIGNED_32, code);
	}

	/**
	 * Read a required, non-empty {@code MsgBody}: an array of objects, each with a string
	 * {@code MsgType} and an object {@code MsgContent}, at most
	 * {@value #MAX_MESSAGE_BODY_BYTES} bytes long as UTF-8 JSON.
	 * @param body the request body
	 * @param code the error code when it is malformed
	 * @param tooLongCode the error code when it is too long
	 * @return the message body
	 */
	static JsonNode messageBody(JsonNode body, int code, int tooLongCode) {
		return messageBody(body, code, tooLongCode, MAX_MESSAGE_BODY_BYTES);
	}

	/**
	 * Read a required, non-empty {@code MsgBody} as
	 * {@link #messageBody(JsonNode, int, int)} does, with another size limit.
	 * @param body the request body
	 * @param code the error code when it is malformed
	 * @param tooLongCode the error code when it is too long
	 * @param maxBytes the largest size of {@code MsgBody} as UTF-8 JSON
	 * @return the message body
	 */
	static JsonNode messageBody(JsonNode body, int code, int tooLongCode, int maxBytes) {
		JsonNode msgBody = body.get("MsgBody");
		if (msgBody == null || !msgBody.isArray() || msgBody.isEmpty()) {
			throw new EmulatorError(code, "'MsgBody' is missing or not a non-empty array");
		}
		for (JsonNode element : msgBody) {
			if (!element.isObject() || !element.path("MsgType").isString() || !element.path("MsgContent").isObject()) {
				throw new EmulatorError(code,
						"each 'MsgBody' element needs a string 'MsgType' and an object 'MsgContent'");
			}
			checkElement(element.path("MsgType").stringValue(), element.path("MsgContent"), code);
		}
		int length = utf8Length(msgBody.toString());
		if (length > maxBytes) {
			throw new EmulatorError(tooLongCode,
					"'MsgBody' is " + length + " bytes long; a message body may be at most " + maxBytes + " bytes");
		}
		return msgBody;
	}

	private static void checkElement(String type, JsonNode content, int code) {
		switch (type) {
			case "TIMTextElem" -> requireFields(type, content, code, "Text:string");
			case "TIMLocationElem" -> requireFields(type, content, code, "Latitude:number", "Longitude:number");
			case "TIMFaceElem" -> requireFields(type, content, code, "Index:number");
			case "TIMCustomElem", "TIMRelayElem" -> requireFields(type, content, code);
			case "TIMSoundElem", "TIMFileElem" ->
				requireFields(type, content, code, "Url:string", "UUID:string", "Download_Flag:number");
			case "TIMImageElem" -> requireFields(type, content, code, "UUID:string", "ImageInfoArray:array");
			case "TIMVideoFileElem" -> requireFields(type, content, code, "VideoUrl:string", "VideoUUID:string",
					"ThumbUrl:string", "ThumbUUID:string", "ThumbWidth:number", "ThumbHeight:number",
					"VideoDownloadFlag:number", "ThumbDownloadFlag:number");
			case "TIMStreamElem" -> requireFields(type, content, code, "Chunks:array");
			default -> throw new EmulatorError(code, "'" + type + "' is not a message element type (MsgType)");
		}
		content.properties().forEach((field) -> {
			JsonNode value = field.getValue();
			if (!value.isString() && !value.isNumber() && !value.isArray() && !value.isObject() && !value.isBoolean()) {
				throw new EmulatorError(code, "'" + field.getKey() + "' of a " + type + " is null or not a value");
			}
		});
	}

	private static void requireFields(String type, JsonNode content, int code, String... fields) {
		for (String field : fields) {
			String name = field.substring(0, field.indexOf(':'));
			String kind = field.substring(field.indexOf(':') + 1);
			JsonNode value = content.get(name);
			boolean ok = value != null && switch (kind) {
				case "string" -> value.isString();
				case "number" -> value.isNumber();
				default -> value.isArray();
			};
			if (!ok) {
				throw new EmulatorError(code, "a " + type + " needs a " + kind + " '" + name + "' in its MsgContent");
			}
		}
	}

	/**
	 * Read a required, non-empty array with at most {@code limit} items.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param code the error code when it is missing, empty or not an array
	 * @param limit the largest number of items
	 * @param limitCode the error code when it has more
	 * @return the array
	 */
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

	/**
	 * Read an optional array with at most {@code limit} items.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param code the error code when it is present but not an array, or too long
	 * @param limit the largest number of items
	 * @return the array, empty when it is absent or JSON null
	 */
	static List<JsonNode> optionalArray(JsonNode body, String field, int code, int limit) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new EmulatorError(code, "'" + field + "' must be an array");
		}
		if (value.size() > limit) {
			throw new EmulatorError(code, "'" + field + "' has " + value.size() + " items; at most " + limit);
		}
		List<JsonNode> items = new ArrayList<>();
		value.forEach(items::add);
		return items;
	}

	/**
	 * Read a required, non-empty array of strings.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param code the error code when it is missing, empty, not an array or holds
	 * something else than strings
	 * @param limit the largest number of items
	 * @param limitCode the error code when it has more
	 * @return the strings
	 */
	static List<String> texts(JsonNode body, String field, int code, int limit, int limitCode) {
		List<String> result = new ArrayList<>();
		for (JsonNode item : array(body, field, code, limit, limitCode)) {
			if (!item.isString()) {
				throw new EmulatorError(code, "'" + field + "' must hold strings");
			}
			result.add(item.stringValue());
		}
		return result;
	}

	/**
	 * Read an optional array of strings.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param code the error code when it is present but not an array of strings, or
	 * longer than {@code limit}
	 * @param limit the largest number of items
	 * @return the strings, empty when the field is absent or JSON null
	 */
	static List<String> optionalTexts(JsonNode body, String field, int code, int limit) {
		List<String> result = new ArrayList<>();
		for (JsonNode item : optionalArray(body, field, code, limit)) {
			if (!item.isString()) {
				throw new EmulatorError(code, "'" + field + "' must hold strings");
			}
			result.add(item.stringValue());
		}
		return result;
	}

	/**
	 * Read a required, non-empty array of {@code {"UserID": ...}} objects.
	 * @param body the object that holds the field
	 * @param field the field name
	 * @param limit the largest number of items
	 * @return the UserIDs
	 */
	static List<String> userIdItems(JsonNode body, String field, int limit) {
		List<String> result = new ArrayList<>();
		for (JsonNode item : array(body, field, 70402, limit, 70402)) {
			result.add(text(item, "UserID", 70402));
		}
		return result;
	}

}
