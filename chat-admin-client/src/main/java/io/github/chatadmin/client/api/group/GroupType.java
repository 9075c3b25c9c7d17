package io.github.chatadmin.client.api.group;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a group ({@code Type}, {@code GroupType}). The vendor renamed
 * {@code Private} to {@code Work} and {@code ChatRoom} to {@code Meeting}, and its
 * answers still use the old names: {@link #kind()} reads both. A value this library does
 * not know is kept as it was received, so it can be read and sent back unchanged.
 *
 * @param value the vendor's spelling
 * @author chat-admin
 * @see <a href="https://trtc.io/document/33529">The vendor's page</a>
 */
public record GroupType(String value) {

	/**
	 * Work group, formerly Private ({@code "Work"}).
	 */
	public static final GroupType WORK = new GroupType("Work");

	/**
	 * The old name of a work group, still returned by the vendor ({@code "Private"}).
	 */
	public static final GroupType PRIVATE = new GroupType("Private");

	/**
	 * Public group ({@code "Public"}).
	 */
	public static final GroupType PUBLIC = new GroupType("Public");

	/**
	 * Meeting group, formerly ChatRoom ({@code "Meeting"}).
	 */
	public static final GroupType MEETING = new GroupType("Meeting");

	/**
	 * The old name of a meeting group, still returned by the vendor ({@code "ChatRoom"}).
	 */
	public static final GroupType CHAT_ROOM = new GroupType("ChatRoom");

	/**
	 * Audio-video group: unlimited members, no member list kept ({@code "AVChatRoom"}).
	 */
	public static final GroupType AV_CHAT_ROOM = new GroupType("AVChatRoom");

	/**
	 * Community: up to 100,000 members and topics; its IDs start with {@code @TGS#_}
	 * ({@code "Community"}).
	 */
	public static final GroupType COMMUNITY = new GroupType("Community");

	/**
	 * Legacy broadcast chat room, only a filter of {@code get_appid_group_list}
	 * ({@code "BChatRoom"}).
	 */
	public static final GroupType B_CHAT_ROOM = new GroupType("BChatRoom");

	private static final List<GroupType> KNOWN = List.of(WORK, PRIVATE, PUBLIC, MEETING, CHAT_ROOM, AV_CHAT_ROOM,
			COMMUNITY, B_CHAT_ROOM);

	public GroupType {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * Return the value of the vendor's spelling, known or not.
	 * @param value the spelling
	 * @return the value
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static GroupType of(String value) {
		return new GroupType(value);
	}

	/**
	 * Return the vendor's spelling, as it is written in JSON.
	 * @return the spelling
	 */
	@Override
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return whether this library knows the value (ignoring spaces around it).
	 * @return whether it is one of the constants
	 */
	public boolean isKnown() {
		return KNOWN.contains(new GroupType(this.value.trim()));
	}

	/**
	 * Return whether this value is the given one, ignoring spaces around the vendor's
	 * spelling (some of the vendor's answers write {@code "Member "}).
	 * @param other the value to compare with
	 * @return whether both name the same value
	 */
	public boolean is(GroupType other) {
		return this.value.trim().equals(other.value.trim());
	}

	/**
	 * Return the kind of group, reading the old and the new names alike.
	 * @return the kind, {@link Kind#UNKNOWN} for a type this library does not know
	 */
	public Kind kind() {
		return switch (this.value.trim()) {
			case "Work", "Private" -> Kind.WORK;
			case "Public" -> Kind.PUBLIC;
			case "Meeting", "ChatRoom" -> Kind.MEETING;
			case "AVChatRoom" -> Kind.AV_CHAT_ROOM;
			case "Community" -> Kind.COMMUNITY;
			case "BChatRoom" -> Kind.BROADCAST_CHAT_ROOM;
			default -> Kind.UNKNOWN;
		};
	}

	/**
	 * The kinds of group, whatever name the vendor gives them.
	 */
	public enum Kind {

		/**
		 * Work group ({@code Work}, formerly {@code Private}).
		 */
		WORK,

		/**
		 * Public group ({@code Public}).
		 */
		PUBLIC,

		/**
		 * Meeting group ({@code Meeting}, formerly {@code ChatRoom}).
		 */
		MEETING,

		/**
		 * Audio-video group ({@code AVChatRoom}).
		 */
		AV_CHAT_ROOM,

		/**
		 * Community ({@code Community}).
		 */
		COMMUNITY,

		/**
		 * Legacy broadcast chat room ({@code BChatRoom}), a filter value only.
		 */
		BROADCAST_CHAT_ROOM,

		/**
		 * A type this library does not know.
		 */
		UNKNOWN

	}

	@Override
	public String toString() {
		return this.value;
	}

}
