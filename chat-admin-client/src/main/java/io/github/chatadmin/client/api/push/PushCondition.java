package io.github.chatadmin.client.api.push;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Who receives an all-user push ({@code Condition}): users with all or any of some tags,
 * or with all or any of some attribute values. Without a condition every user receives
 * it. Tag and attribute conditions cannot be combined (error 90039); a condition names at
 * most 10 tags, each at most 50 bytes.
 *
 * @param tagsAnd users who have every one of these tags ({@code TagsAnd})
 * @param tagsOr users who have at least one of these tags ({@code TagsOr})
 * @param tagsNot excluded tags, only on the Push service ({@code TagsNot}): the page's
 * example reads {@code TagsOr} and not ({@code TagsNot})
 * @param attrsAnd users whose attributes have every one of these values
 * ({@code AttrsAnd})
 * @param attrsOr users whose attributes have at least one of these values
 * ({@code AttrsOr})
 * @author chat-admin
 */
public record PushCondition(@JsonProperty("TagsAnd") @Nullable List<String> tagsAnd,
		@JsonProperty("TagsOr") @Nullable List<String> tagsOr, @JsonProperty("TagsNot") @Nullable List<String> tagsNot,
		@JsonProperty("AttrsAnd") @Nullable Map<String, String> attrsAnd,
		@JsonProperty("AttrsOr") @Nullable Map<String, String> attrsOr) {

	/**
	 * The vendor's limit of tags in one condition.
	 */
	public static final int MAX_TAGS = 10;

	/**
	 * The vendor's limit of a tag, an attribute name or an attribute value in UTF-8
	 * bytes.
	 */
	public static final int MAX_VALUE_BYTES = 50;

	/**
	 * Return a condition on users who have every one of the tags.
	 * @param tags the tags
	 * @return the condition
	 */
	public static PushCondition tagsAnd(String... tags) {
		return new PushCondition(List.of(tags), null, null, null, null);
	}

	/**
	 * Return a condition on users who have at least one of the tags.
	 * @param tags the tags
	 * @return the condition
	 */
	public static PushCondition tagsOr(String... tags) {
		return new PushCondition(null, List.of(tags), null, null, null);
	}

	/**
	 * Return a condition on users whose attributes have every one of the values.
	 * @param attributes attribute names and values
	 * @return the condition
	 */
	public static PushCondition attrsAnd(Map<String, String> attributes) {
		return new PushCondition(null, null, null, Map.copyOf(attributes), null);
	}

	/**
	 * Return a condition on users whose attributes have at least one of the values.
	 * @param attributes attribute names and values
	 * @return the condition
	 */
	public static PushCondition attrsOr(Map<String, String> attributes) {
		return new PushCondition(null, null, null, null, Map.copyOf(attributes));
	}

	/**
	 * Return this condition excluding users with the given tags (Push service only).
	 * @param tags the excluded tags
	 * @return the condition
	 */
	public PushCondition withTagsNot(String... tags) {
		return new PushCondition(this.tagsAnd, this.tagsOr, List.of(tags), this.attrsAnd, this.attrsOr);
	}

}
