package io.github.chatadmin.client.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One {@code {"Tag": …, "Value": …}} pair, as profiles ({@code ProfileItem}) and
 * relations ({@code SnsItem}, {@code ValueItem}, {@code CustomItem},
 * {@code SnsProfileItem}) carry their fields. The value is a string, a number or (for
 * {@code Tag_SNS_IM_Group}) an array of strings, kept as the JSON the vendor sent.
 *
 * @param tag the field's name, such as {@code Tag_Profile_IM_Nick} ({@code Tag})
 * @param value the field's value ({@code Value})
 * @author chat-admin
 */
public record TagValue(@JsonProperty("Tag") String tag, @JsonProperty("Value") JsonNode value) {

	/**
	 * Return a pair with a string value.
	 * @param tag the field's name
	 * @param value the value
	 * @return the pair
	 */
	public static TagValue of(String tag, String value) {
		return new TagValue(tag, JsonNodeFactory.instance.stringNode(value));
	}

	/**
	 * Return a pair with a number value.
	 * @param tag the field's name
	 * @param value the value
	 * @return the pair
	 */
	public static TagValue of(String tag, long value) {
		return new TagValue(tag, JsonNodeFactory.instance.numberNode(value));
	}

	/**
	 * Return a pair with an array of strings as its value.
	 * @param tag the field's name
	 * @param values the values
	 * @return the pair
	 */
	public static TagValue of(String tag, List<String> values) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		values.forEach(array::add);
		return new TagValue(tag, array);
	}

	/**
	 * Return the value as a string, or {@code null} when it is not a string.
	 * @return the string value
	 */
	public @Nullable String stringValue() {
		return (this.value != null && this.value.isString()) ? this.value.asString() : null;
	}

	/**
	 * Return the value as a number, or {@code null} when it is not an integral number.
	 * @return the number value
	 */
	public @Nullable Long longValue() {
		return (this.value != null && this.value.isIntegralNumber()) ? this.value.asLong() : null;
	}

	/**
	 * Return the value as a list of strings: the elements of an array, a string value as
	 * a list of one, and an empty list otherwise.
	 * @return the string values
	 */
	public List<String> stringValues() {
		if (this.value == null) {
			return List.of();
		}
		if (this.value.isArray()) {
			List<String> values = new ArrayList<>();
			this.value.forEach((element) -> values.add(element.asString()));
			return List.copyOf(values);
		}
		return this.value.isString() ? List.of(this.value.asString()) : List.of();
	}

}
