package io.github.chatadmin.client.api.profile;

import java.util.List;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;
import io.github.chatadmin.client.api.TagValue;
import tools.jackson.databind.JsonNode;

/**
 * The profile commands of the REST API, each declared once with its limits, quota and
 * input checks.
 *
 * @author chat-admin
 */
public final class ProfileCommands {

	private static final List<String> NUMBER_TAGS = List.of(ProfileTag.BIRTHDAY, ProfileTag.LANGUAGE,
			ProfileTag.MSG_SETTINGS, ProfileTag.LEVEL, ProfileTag.ROLE);

	/**
	 * Set standard and custom fields of one user's profile.
	 */
	public static final ChatCommand<SetProfileRequest, ChatResponse> SET = ChatCommand
		.write("profile", "portrait_set", SetProfileRequest.class, ChatResponse.class)
		.withCheck((request) -> {
			RequestChecks.userId(request.fromAccount(), "From_Account");
			List<TagValue> items = request.profileItem();
			if (items == null || items.isEmpty()) {
				throw new IllegalArgumentException("'ProfileItem' must not be empty");
			}
			for (int i = 0; i < items.size(); i++) {
				checkItem(items.get(i), "ProfileItem[" + i + "]");
			}
		});

	/**
	 * Read fields of up to 100 users.
	 */
	public static final ChatCommand<GetProfileRequest, GetProfileResponse> GET = ChatCommand
		.read("profile", "portrait_get", GetProfileRequest.class, GetProfileResponse.class)
		.withList("To_Account", GetProfileRequest.MAX_USERS, GetProfileRequest::toAccount)
		.withCheck((request) -> {
			RequestChecks.userIds(request.toAccount(), "To_Account");
			checkTags(request.tagList());
		});

	private ProfileCommands() {
	}

	static void checkTags(List<String> tags) {
		if (tags == null || tags.isEmpty()) {
			throw new IllegalArgumentException("'TagList' must not be empty");
		}
		for (int i = 0; i < tags.size(); i++) {
			RequestChecks.notEmpty(tags.get(i), "TagList[" + i + "]");
		}
	}

	private static void checkItem(TagValue item, String field) {
		RequestChecks.notNull(item, field);
		String tag = item.tag();
		RequestChecks.notEmpty(tag, field + ".Tag");
		JsonNode value = item.value();
		if (value == null || value.isNull()) {
			throw new IllegalArgumentException("'" + field + ".Value' of " + tag + " must not be null");
		}
		String valueField = field + ".Value";
		if (NUMBER_TAGS.contains(tag)) {
			if (!value.isIntegralNumber()) {
				throw new IllegalArgumentException("'" + valueField + "' of " + tag + " must be a number");
			}
			RequestChecks.unsigned32(value.asLong(), valueField);
			return;
		}
		if (ProfileTag.isCustom(tag)) {
			ProfileTag.checkKeyword(tag.substring(ProfileTag.CUSTOM_PREFIX.length()), field + ".Tag");
			if (!value.isString()) {
				throw new IllegalArgumentException(
						"'" + valueField + "' of " + tag + " must be a string: custom fields hold no numbers");
			}
		}
		if (value.isString()) {
			int limit = ProfileTag.LOCATION.equals(tag) ? ProfileTag.MAX_LOCATION_BYTES : ProfileTag.MAX_VALUE_BYTES;
			RequestChecks.maxBytes(value.asString(), valueField, limit);
		}
		if (ProfileTag.GENDER.equals(tag) && Gender.of(value.asString()) == Gender.UNRECOGNIZED) {
			throw new IllegalArgumentException("'" + valueField + "' is not a gender: " + value);
		}
		if (ProfileTag.ALLOW_TYPE.equals(tag) && AllowType.of(value.asString()) == AllowType.UNRECOGNIZED) {
			throw new IllegalArgumentException("'" + valueField + "' is not an allow type: " + value);
		}
		if (ProfileTag.ADMIN_FORBID_TYPE.equals(tag)
				&& AdminForbidType.of(value.asString()) == AdminForbidType.UNRECOGNIZED) {
			throw new IllegalArgumentException("'" + valueField + "' is not an admin forbid type: " + value);
		}
	}

}
