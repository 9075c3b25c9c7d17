package io.github.chatadmin.client.api.profile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code profile/portrait_get}: fields of up to 100 users.
 *
 * @param toAccount the users, at most 100 per call ({@code To_Account})
 * @param tagList the fields to read, standard and custom ({@code TagList})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34917">portrait_get</a>
 */
public record GetProfileRequest(@JsonProperty("To_Account") List<String> toAccount,
		@JsonProperty("TagList") List<String> tagList) {

	/**
	 * The vendor's limit of users per call.
	 */
	public static final int MAX_USERS = 100;

}
