package io.github.chatadmin.emulator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;

/**
 * The profiles area: sets and reads the profile fields that the accounts area keeps with
 * each account, so that deleting an account deletes its profile.
 *
 * @author chat-admin
 */
final class ProfileHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private final AccountHandler accounts;

	ProfileHandler(AccountHandler accounts) {
		this.accounts = accounts;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("profile/portrait_set", this::portraitSet, "profile/portrait_get", this::portraitGet);
	}

	@Override
	public void reset() {
	}

	private ObjectNode portraitSet(JsonNode body) {
		Map<String, JsonNode> profile = this.accounts.require(text(body, "From_Account", 40001), 40003, "From_Account");
		JsonNode items = body.get("ProfileItem");
		if (items == null || !items.isArray() || items.isEmpty()) {
			throw new EmulatorError(40001, "'ProfileItem' is missing or not a non-empty array");
		}
		for (JsonNode item : items) {
			String tag = text(item, "Tag", 40001);
			if (!tag.startsWith("Tag_Profile_IM_") && !tag.startsWith("Tag_Profile_Custom_")) {
				throw new EmulatorError(40009, "tag " + tag + " does not exist");
			}
			JsonNode value = item.get("Value");
			if (value == null) {
				throw new EmulatorError(40001, "'Value' is missing for " + tag);
			}
			profile.put(tag, value);
		}
		return json.objectNode().put("ErrorDisplay", "");
	}

	private ObjectNode portraitGet(JsonNode body) {
		List<String> userIds = texts(body, "To_Account", 40002, 100, 40001);
		List<String> tags = texts(body, "TagList", 40001, 100, 40001);
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
			ArrayNode fields = item.putArray("ProfileItem");
			for (String tag : tags) {
				JsonNode value = profile.get(tag);
				if (value != null) {
					fields.addObject().put("Tag", tag).set("Value", value);
				}
			}
			item.put("ResultCode", 0).put("ResultInfo", "");
		}
		ObjectNode result = json.objectNode();
		result.set("UserProfileItem", items);
		if (!failed.isEmpty()) {
			result.set("Fail_Account", failed);
		}
		return result.put("ErrorDisplay", "");
	}

}
