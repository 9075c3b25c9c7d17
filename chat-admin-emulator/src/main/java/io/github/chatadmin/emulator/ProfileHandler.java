package io.github.chatadmin.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.MAX_UNSIGNED_32;
import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;
import static io.github.chatadmin.emulator.EmulatorFields.utf8Length;

/**
 * The profiles area: sets and reads the standard ({@code Tag_Profile_IM_*}) and custom
 * ({@code Tag_Profile_Custom_*}) profile fields that the accounts area keeps with each
 * account, so that deleting an account deletes its profile. Values are checked as the
 * vendor does: strings of at most 500 bytes (location: 16), the closed vocabularies of
 * gender, allow type and admin forbid type, unsigned 32-bit numbers; a set is applied
 * whole or not at all.
 *
 * @author chat-admin
 */
final class ProfileHandler implements EmulatorArea {

	/**
	 * The allow type of a user who never set one: friend requests need confirmation.
	 */
	static final String DEFAULT_ALLOW_TYPE = "AllowType_Type_NeedConfirm";

	static final String ALLOW_TYPE = "Tag_Profile_IM_AllowType";

	static final String CUSTOM_PREFIX = "Tag_Profile_Custom_";

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final int MAX_VALUE_BYTES = 500;

	private static final int MAX_USERS = 100;

	private static final Map<String, Field> STANDARD = standardFields();

	private final AccountHandler accounts;

	ProfileHandler(AccountHandler accounts) {
		this.accounts = accounts;
	}

	private static Map<String, Field> standardFields() {
		Map<String, Field> fields = new LinkedHashMap<>();
		fields.put("Tag_Profile_IM_Nick", Field.text(MAX_VALUE_BYTES));
		fields.put("Tag_Profile_IM_Gender",
				Field.vocabulary("Gender_Type_Unknown", "Gender_Type_Female", "Gender_Type_Male"));
		fields.put("Tag_Profile_IM_BirthDay", Field.number());
		fields.put("Tag_Profile_IM_Location", Field.text(16));
		fields.put("Tag_Profile_IM_SelfSignature", Field.text(MAX_VALUE_BYTES));
		fields.put(ALLOW_TYPE,
				Field.vocabulary("AllowType_Type_NeedConfirm", "AllowType_Type_AllowAny", "AllowType_Type_DenyAny"));
		fields.put("Tag_Profile_IM_Language", Field.number());
		fields.put("Tag_Profile_IM_Image", Field.text(MAX_VALUE_BYTES));
		fields.put("Tag_Profile_IM_MsgSettings", Field.number());
		fields.put("Tag_Profile_IM_AdminForbidType",
				Field.vocabulary("AdminForbid_Type_None", "AdminForbid_Type_SendOut"));
		fields.put("Tag_Profile_IM_Level", Field.number());
		fields.put("Tag_Profile_IM_Role", Field.number());
		return Map.copyOf(fields);
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("profile/portrait_set", this::portraitSet, "profile/portrait_get", this::portraitGet);
	}

	@Override
	public void reset() {
	}

	/**
	 * Return whether a tag names a profile field: a standard one or a custom one whose
	 * keyword is 1 to 8 letters.
	 * @param tag the tag
	 * @return whether the vendor knows such a field
	 */
	static boolean isProfileTag(String tag) {
		if (STANDARD.containsKey(tag)) {
			return true;
		}
		if (!tag.startsWith(CUSTOM_PREFIX)) {
			return false;
		}
		String keyword = tag.substring(CUSTOM_PREFIX.length());
		return !keyword.isEmpty() && keyword.length() <= 8
				&& keyword.chars().allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
	}

	/**
	 * Return the allow type of a user, the vendor's default when it was never set.
	 * @param profile the user's profile fields
	 * @return the allow type
	 */
	static String allowType(Map<String, JsonNode> profile) {
		JsonNode value = profile.get(ALLOW_TYPE);
		return (value != null && value.isString()) ? value.stringValue() : DEFAULT_ALLOW_TYPE;
	}

	private ObjectNode portraitSet(JsonNode body) {
		Map<String, JsonNode> profile = this.accounts.require(text(body, "From_Account", 40001), 40003, "From_Account");
		Map<String, JsonNode> changes = new LinkedHashMap<>();
		for (JsonNode item : array(body, "ProfileItem", 40001, Integer.MAX_VALUE, 40001)) {
			String tag = text(item, "Tag", 40001);
			JsonNode value = item.get("Value");
			if (value == null || value.isNull()) {
				throw new EmulatorError(40001, "Err_Profile_Comm_Decode_Fail: 'Value' of " + tag + " is missing");
			}
			changes.put(tag, checkValue(tag, value));
		}
		profile.putAll(changes);
		return json.objectNode().put("ErrorDisplay", "");
	}

	private static JsonNode checkValue(String tag, JsonNode value) {
		if (!isProfileTag(tag)) {
			throw new EmulatorError(40009, "the profile field " + tag + " does not exist");
		}
		Field field = STANDARD.get(tag);
		if (field == null) {
			if (value.isString()) {
				checkLength(tag, value.stringValue(), MAX_VALUE_BYTES);
				return value;
			}
			if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
				return value;
			}
			throw new EmulatorError(40610, "the value of the custom field " + tag + " must be a string or a number");
		}
		if (field.numeric) {
			if (!value.isIntegralNumber() || !value.canConvertToLong()) {
				throw new EmulatorError(40610, "the value of " + tag + " must be a number");
			}
			if (value.longValue() < 0 || value.longValue() > MAX_UNSIGNED_32) {
				throw new EmulatorError(40605, "the value of " + tag + " must be an unsigned 32-bit number");
			}
			return value;
		}
		if (!value.isString()) {
			throw new EmulatorError(40610, "the value of " + tag + " must be a string");
		}
		if (field.vocabulary != null && !field.vocabulary.contains(value.stringValue())) {
			throw new EmulatorError(40605,
					"'" + value.stringValue() + "' is not a value of " + tag + "; one of " + field.vocabulary);
		}
		checkLength(tag, value.stringValue(), field.maxBytes);
		return value;
	}

	private static void checkLength(String tag, String value, int maxBytes) {
		int length = utf8Length(value);
		if (length > maxBytes) {
			throw new EmulatorError(40601,
					"the value of " + tag + " is " + length + " bytes long; at most " + maxBytes + " bytes");
		}
	}

	private ObjectNode portraitGet(JsonNode body) {
		List<String> userIds = texts(body, "To_Account", 40001, MAX_USERS, 40001);
		List<String> tags = texts(body, "TagList", 40001, Integer.MAX_VALUE, 40001);
		for (String tag : tags) {
			if (!isProfileTag(tag)) {
				throw new EmulatorError(40009, "the profile field " + tag + " does not exist");
			}
		}
		ArrayNode items = json.arrayNode();
		ArrayNode failed = json.arrayNode();
		for (String userId : userIds) {
			Map<String, JsonNode> profile = this.accounts.profile(userId);
			ObjectNode item = items.addObject().put("To_Account", userId);
			if (profile == null) {
				item.put("ResultCode", 40003).put("ResultInfo", "Err_Profile_Account_Not_Exist");
				failed.add(userId);
				continue;
			}
			item.set("ProfileItem", profileItems(profile, tags));
			item.put("ResultCode", 0).put("ResultInfo", "");
		}
		ObjectNode result = json.objectNode();
		result.set("UserProfileItem", items);
		if (!failed.isEmpty()) {
			result.set("Fail_Account", failed);
		}
		return result.put("ErrorDisplay", "");
	}

	/**
	 * Return the fields of a profile that are set, as {@code Tag}/{@code Value} objects
	 * in the order of the tags asked for.
	 * @param profile the profile fields
	 * @param tags the tags asked for
	 * @return the items
	 */
	static ArrayNode profileItems(Map<String, JsonNode> profile, List<String> tags) {
		ArrayNode fields = json.arrayNode();
		for (String tag : tags) {
			JsonNode value = profile.get(tag);
			if (value != null) {
				fields.addObject().put("Tag", tag).set("Value", value);
			}
		}
		return fields;
	}

	private record Field(boolean numeric, int maxBytes, @Nullable Set<String> vocabulary) {

		static Field text(int maxBytes) {
			return new Field(false, maxBytes, null);
		}

		static Field number() {
			return new Field(true, 0, null);
		}

		static Field vocabulary(String... values) {
			return new Field(false, MAX_VALUE_BYTES, Set.of(values));
		}

	}

}
