package io.github.chatadmin.client.api.profile;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Profile operations: set and read the standard ({@code Tag_Profile_IM_*}) and custom
 * ({@code Tag_Profile_Custom_*}) fields of users.
 * <p>
 * Reads accept any number of users and split them at the vendor's limit of 100 per call,
 * keeping a bounded number of calls in flight and merging the per-user results in input
 * order; per-user failures are values, and the users of a split call that failed as a
 * whole come back as failures carrying the call's {@code ErrorCode}. Bad input (an empty
 * or over-long UserID, a value over its byte limit, a number for a custom field) is
 * refused with an {@link IllegalArgumentException} before anything is sent.
 *
 * @author chat-admin
 */
public interface ProfileOperations {

	/**
	 * Set fields of a user's profile ({@code profile/portrait_set}). Strings are limited
	 * to 500 bytes (location: 16); custom fields must exist in the console and hold
	 * strings. Peculiar errors: 40008 no write permission for the field, 40009 no such
	 * field, 40601 value over 500 bytes, 40605/40610 invalid value or type of a standard
	 * field.
	 * @param request the user and the fields, built with
	 * {@link SetProfileRequest#builder(String)}
	 * @return completes once set
	 * @see <a href="https://trtc.io/document/34916">portrait_set</a>
	 */
	Mono<Void> set(SetProfileRequest request);

	/**
	 * Read fields of users ({@code profile/portrait_get}, 100 users per call). Every user
	 * must be imported. Peculiar errors: 40007 no read permission, 40009 no such field.
	 * @param userIds the users, any number
	 * @param tags the fields to read, such as {@link ProfileTag#NICK} or
	 * {@code ProfileTag.custom("Test")}
	 * @return one result per user, in input order
	 * @see <a href="https://trtc.io/document/34917">portrait_get</a>
	 */
	Mono<GetProfileResponse> get(List<String> userIds, List<String> tags);

	/**
	 * Read fields of one user ({@code profile/portrait_get}).
	 * @param userId the user
	 * @param tags the fields to read
	 * @return the profile; fails with the user's per-item code as a
	 * {@link io.github.chatadmin.client.ChatAdminException} when the vendor answered with
	 * a per-user failure
	 * @see <a href="https://trtc.io/document/34917">portrait_get</a>
	 */
	Mono<Profile> get(String userId, List<String> tags);

}
