package io.github.chatadmin.client.api.officialaccount;

import org.jspecify.annotations.Nullable;

/**
 * The optional profile fields of an official account, for creation and modification.
 *
 * @param introduction the introduction, at most 400 bytes ({@code Introduction})
 * @param faceUrl the avatar URL, at most 500 bytes ({@code FaceUrl})
 * @param maxSubscriberNum the subscriber cap ({@code MaxSubscriberNum})
 * @param organization the organization, at most 500 bytes ({@code Organization})
 * @param customString custom data, at most 3,000 bytes ({@code CustomString})
 * @author chat-admin
 */
public record OfficialAccountProfile(@Nullable String introduction, @Nullable String faceUrl,
		@Nullable Long maxSubscriberNum, @Nullable String organization, @Nullable String customString) {

	/**
	 * The profile without any field.
	 */
	public static final OfficialAccountProfile EMPTY = new OfficialAccountProfile(null, null, null, null, null);

}
