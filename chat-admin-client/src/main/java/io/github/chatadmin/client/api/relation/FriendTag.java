package io.github.chatadmin.client.api.relation;

/**
 * The names of the standard friend fields ({@code Tag_SNS_IM_*}) and of custom ones
 * ({@code Tag_SNS_Custom_<keyword>}), with the vendor's limits.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/33521">Relationship Chain Management</a>
 */
public final class FriendTag {

	/**
	 * The friend lists the friend is in, an array of names (at most 32 lists, names of at
	 * most 30 bytes).
	 */
	public static final String GROUP = "Tag_SNS_IM_Group";

	/**
	 * The remark, at most 96 bytes.
	 */
	public static final String REMARK = "Tag_SNS_IM_Remark";

	/**
	 * The source of the request, {@code AddSource_Type_<keyword>}.
	 */
	public static final String ADD_SOURCE = "Tag_SNS_IM_AddSource";

	/**
	 * The request's wording, at most 256 bytes.
	 */
	public static final String ADD_WORDING = "Tag_SNS_IM_AddWording";

	/**
	 * When the friend was added, Unix seconds.
	 */
	public static final String ADD_TIME = "Tag_SNS_IM_AddTime";

	/**
	 * The prefix of custom friend fields, followed by the keyword.
	 */
	public static final String CUSTOM_PREFIX = "Tag_SNS_Custom_";

	/**
	 * The prefix of {@code AddSource} values, followed by a keyword of at most 8 letters.
	 */
	public static final String ADD_SOURCE_PREFIX = "AddSource_Type_";

	/**
	 * The vendor's limit of a remark in UTF-8 bytes.
	 */
	public static final int MAX_REMARK_BYTES = 96;

	/**
	 * The vendor's limit of a request's wording in UTF-8 bytes.
	 */
	public static final int MAX_WORDING_BYTES = 256;

	/**
	 * The vendor's limit of a friend list's name in UTF-8 bytes.
	 */
	public static final int MAX_LIST_NAME_BYTES = 30;

	/**
	 * The vendor's limit of friend lists per user.
	 */
	public static final int MAX_LISTS = 32;

	private FriendTag() {
	}

	/**
	 * Return the name of a custom friend field.
	 * @param keyword the keyword
	 * @return {@code Tag_SNS_Custom_<keyword>}
	 */
	public static String custom(String keyword) {
		return CUSTOM_PREFIX + keyword;
	}

}
