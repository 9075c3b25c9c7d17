package io.github.chatadmin.client.api.relation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The per-item result codes of the relation commands ({@code ResultCode}), from the
 * vendor's error tables. A value this library does not know is read as
 * {@link #UNRECOGNIZED}; the raw value stays on the item that carried it.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34902">friend_add</a>
 */
public enum FriendResultCode {

	/**
	 * Success ({@code 0}).
	 */
	SUCCESS(0),

	/**
	 * Invalid parameter; also: already in the blocklist, not a friend (friend_get_list)
	 * ({@code 30001}).
	 */
	BAD_PARAMETER(30001),

	/**
	 * The SDKAppID does not match ({@code 30002}).
	 */
	SDK_APP_ID_MISMATCH(30002),

	/**
	 * The account does not exist ({@code 30003}).
	 */
	ACCOUNT_NOT_FOUND(30003),

	/**
	 * The request needs the app admin ({@code 30004}).
	 */
	ADMIN_REQUIRED(30004),

	/**
	 * Internal error, retry ({@code 30006}).
	 */
	INTERNAL_ERROR(30006),

	/**
	 * Timeout, retry ({@code 30007}).
	 */
	TIMEOUT(30007),

	/**
	 * Concurrent writes for one user; send them as one batch ({@code 30008}).
	 */
	WRITE_CONFLICT(30008),

	/**
	 * The user is forbidden to add friends ({@code 30009}).
	 */
	FORBIDDEN_TO_ADD(30009),

	/**
	 * The requester's friend list is full ({@code 30010}).
	 */
	FRIEND_LIST_FULL(30010),

	/**
	 * The maximum number of friend lists is reached ({@code 30011}).
	 */
	TOO_MANY_FRIEND_LISTS(30011),

	/**
	 * Too many pending requests ({@code 30012}).
	 */
	TOO_MANY_PENDING(30012),

	/**
	 * The blocklist is full ({@code 30013}).
	 */
	BLOCKLIST_FULL(30013),

	/**
	 * The target has too many friends ({@code 30014}).
	 */
	TARGET_FRIEND_LIST_FULL(30014),

	/**
	 * The target is in the requester's blocklist ({@code 30515}).
	 */
	IN_REQUESTER_BLOCKLIST(30515),

	/**
	 * The target refuses every friend request ({@code 30516}).
	 */
	TARGET_DENIES_ANY(30516),

	/**
	 * The requester is in the target's blocklist ({@code 30525}).
	 */
	IN_TARGET_BLOCKLIST(30525),

	/**
	 * The target approves requests: the request is pending, the friend is not added yet
	 * ({@code 30539}).
	 */
	PENDING_APPROVAL(30539),

	/**
	 * Too many friend requests in a short time ({@code 30540}).
	 */
	TOO_FREQUENT(30540),

	/**
	 * Not a friend (friend_delete) ({@code 31704}).
	 */
	NOT_A_FRIEND(31704),

	/**
	 * Deletion refused by the security policy (too frequent) ({@code 31707}).
	 */
	DELETE_FILTERED(31707),

	/**
	 * The user put into a friend list is not a friend (group_add) ({@code 32216}).
	 */
	LIST_MEMBER_NOT_FRIEND(32216),

	/**
	 * A value this library does not know; never sent.
	 */
	UNRECOGNIZED(-1);

	private final int value;

	FriendResultCode(int value) {
		this.value = value;
	}

	/**
	 * Return the vendor's value.
	 * @return the value as the vendor writes it
	 */
	@JsonValue
	public int value() {
		return this.value;
	}

	/**
	 * Return the constant of a vendor's value.
	 * @param value the vendor's value
	 * @return the constant, {@link #UNRECOGNIZED} for a value this library does not know
	 */
	@JsonCreator
	public static FriendResultCode of(int value) {
		for (FriendResultCode candidate : values()) {
			if (candidate != UNRECOGNIZED && candidate.value == value) {
				return candidate;
			}
		}
		return UNRECOGNIZED;
	}

}
