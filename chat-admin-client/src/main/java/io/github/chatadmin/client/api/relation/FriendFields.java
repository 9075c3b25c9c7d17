package io.github.chatadmin.client.api.relation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.api.TagValue;
import io.github.chatadmin.client.api.profile.Profile;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fields of a friend as the vendor returns them, with the standard friend fields
 * typed, the custom ones as a map, and the profile fields (of {@code friend_get_list}) as
 * a {@link Profile}. The raw pairs stay in {@link #items()}.
 *
 * @param items the pairs as returned
 * @author chat-admin
 */
public record FriendFields(List<TagValue> items) {

	public FriendFields {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	private @Nullable TagValue find(String tag) {
		for (TagValue item : this.items) {
			if (tag.equals(item.tag())) {
				return item;
			}
		}
		return null;
	}

	/**
	 * Return the remark ({@code Tag_SNS_IM_Remark}).
	 * @return the remark, or {@code null}
	 */
	public @Nullable String remark() {
		TagValue item = find(FriendTag.REMARK);
		return (item != null) ? item.stringValue() : null;
	}

	/**
	 * Return the friend lists the friend is in ({@code Tag_SNS_IM_Group}).
	 * @return the names, empty when absent
	 */
	public List<String> groups() {
		TagValue item = find(FriendTag.GROUP);
		return (item != null) ? item.stringValues() : List.of();
	}

	/**
	 * Return the source of the request ({@code Tag_SNS_IM_AddSource}).
	 * @return the source, or {@code null}
	 */
	public @Nullable String addSource() {
		TagValue item = find(FriendTag.ADD_SOURCE);
		return (item != null) ? item.stringValue() : null;
	}

	/**
	 * Return the request's wording ({@code Tag_SNS_IM_AddWording}).
	 * @return the wording, or {@code null}
	 */
	public @Nullable String addWording() {
		TagValue item = find(FriendTag.ADD_WORDING);
		return (item != null) ? item.stringValue() : null;
	}

	/**
	 * Return when the friend was added ({@code Tag_SNS_IM_AddTime}).
	 * @return Unix seconds, or {@code null}
	 */
	public @Nullable Long addTime() {
		TagValue item = find(FriendTag.ADD_TIME);
		return (item != null) ? item.longValue() : null;
	}

	/**
	 * Return the custom friend fields ({@code Tag_SNS_Custom_*}) by keyword; their values
	 * are strings or numbers.
	 * @return the values, keyed by the keyword after {@code Tag_SNS_Custom_}
	 */
	public Map<String, JsonNode> custom() {
		Map<String, JsonNode> custom = new LinkedHashMap<>();
		for (TagValue item : this.items) {
			if (item.tag().startsWith(FriendTag.CUSTOM_PREFIX)) {
				custom.put(item.tag().substring(FriendTag.CUSTOM_PREFIX.length()), item.value());
			}
		}
		return custom;
	}

	/**
	 * Return the profile fields ({@code Tag_Profile_*}) among the pairs.
	 * @return the profile
	 */
	public Profile profile() {
		return new Profile(this.items.stream().filter((item) -> item.tag().startsWith("Tag_Profile_")).toList());
	}

}
