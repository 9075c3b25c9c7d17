package io.github.chatadmin.client.api.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The priority of a group message ({@code MsgPriority}). A send writes it as the vendor's
 * name ({@code "High"}, case-sensitive); a history returns it as a number (1 high to 4
 * lowest). A value this library does not know is read as {@link #UNKNOWN}; the raw value
 * stays in {@link ReceivedMessage#msgPriority()}.
 *
 * @author chat-admin
 * @since 0.1.0
 * @see <a href="https://trtc.io/document/34959">send_group_msg</a>
 */
public enum MessagePriority {

	/**
	 * High priority ({@code "High"}, 1).
	 */
	HIGH("High", 1),

	/**
	 * Normal priority, the vendor's default ({@code "Normal"}, 2).
	 */
	NORMAL("Normal", 2),

	/**
	 * Low priority ({@code "Low"}, 3).
	 */
	LOW("Low", 3),

	/**
	 * Lowest priority ({@code "Lowest"}, 4): returned by histories; the send page does
	 * not list it.
	 */
	LOWEST("Lowest", 4),

	/**
	 * A priority this library does not know; never sent.
	 */
	UNKNOWN("Unknown", 0);

	private final String vendorName;

	private final int code;

	MessagePriority(String vendorName, int code) {
		this.vendorName = vendorName;
		this.code = code;
	}

	/**
	 * Return the vendor's name, as a send writes it.
	 * @return the name, such as {@code High}
	 */
	@JsonValue
	public String vendorName() {
		return this.vendorName;
	}

	/**
	 * Return the vendor's number, as a history returns it.
	 * @return 1 (high) to 4 (lowest), or 0 for {@link #UNKNOWN}
	 */
	public int code() {
		return this.code;
	}

	/**
	 * Return the priority of the vendor's number.
	 * @param code the number, may be {@code null}
	 * @return the priority, {@link #UNKNOWN} for a number this library does not know, or
	 * {@code null} for {@code null}
	 */
	public static @Nullable MessagePriority ofCode(@Nullable Integer code) {
		if (code == null) {
			return null;
		}
		for (MessagePriority priority : values()) {
			if (priority != UNKNOWN && priority.code == code) {
				return priority;
			}
		}
		return UNKNOWN;
	}

	/**
	 * Return the priority of a JSON value: the vendor's name or its number.
	 * @param value the value
	 * @return the priority, {@link #UNKNOWN} for a value this library does not know
	 */
	@JsonCreator
	public static MessagePriority of(Object value) {
		if (value instanceof Number number) {
			MessagePriority priority = ofCode(number.intValue());
			return (priority != null && number.doubleValue() == number.intValue()) ? priority : UNKNOWN;
		}
		String text = String.valueOf(value);
		for (MessagePriority priority : values()) {
			if (priority != UNKNOWN && priority.vendorName.equals(text)) {
				return priority;
			}
		}
		return UNKNOWN;
	}

}
