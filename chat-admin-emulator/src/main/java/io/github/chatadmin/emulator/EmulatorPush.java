package io.github.chatadmin.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A push the emulator accepted ({@code timpush/push}, {@code timpush/batch} or
 * {@code all_member_push/im_push}), as {@link ChatAdminEmulator#pushes()} returns it, so
 * that a test can assert what was pushed to whom.
 *
 * @param taskId the {@code TaskId} the emulator answered
 * @param command the command, as {@code service/command}
 * @param target whom the push was for
 * @param users the receivers of a push to users, else empty
 * @param tags the tags the condition names ({@code TagsAnd}, then {@code TagsOr}), else
 * empty
 * @param attributes the attributes the condition names ({@code AttrsAnd}, then
 * {@code AttrsOr}), else empty
 * @param fromAccount the sender ({@code From_Account}), or {@code null}
 * @param condition the {@code Condition} as JSON, or {@code null}
 * @param msgBody the {@code MsgBody} as JSON, or {@code null} for a notification only
 * @param offlinePushInfo the {@code OfflinePushInfo} as JSON, or {@code null}
 * @param revoked whether {@code timpush/revoke} revoked it
 * @author chat-admin
 * @since 0.1.0
 */
public record EmulatorPush(String taskId, String command, Target target, List<String> users, List<String> tags,
		Map<String, String> attributes, @Nullable String fromAccount, @Nullable String condition,
		@Nullable String msgBody, @Nullable String offlinePushInfo, boolean revoked) {

	/**
	 * Create a push, copying its lists.
	 */
	public EmulatorPush {
		users = List.copyOf(users);
		tags = List.copyOf(tags);
		attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

	/**
	 * Whom a push was for.
	 */
	public enum Target {

		/**
		 * Every user of the app.
		 */
		ALL,

		/**
		 * The users a tag condition selects.
		 */
		TAGS,

		/**
		 * The users an attribute condition selects.
		 */
		ATTRIBUTES,

		/**
		 * A list of users.
		 */
		USERS

	}

	/**
	 * Return this push marked as revoked.
	 * @return the revoked push
	 */
	EmulatorPush asRevoked() {
		return new EmulatorPush(this.taskId, this.command, this.target, this.users, this.tags, this.attributes,
				this.fromAccount, this.condition, this.msgBody, this.offlinePushInfo, true);
	}

}
