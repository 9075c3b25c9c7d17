package io.github.chatadmin.client.api.moderation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code im_msg_audit_mgr/add_cloud_audit_keywords} (the vendor limits the
 * words per call, error 2016, without saying how many).
 *
 * @param sdkAppId the app ({@code SdkAppId})
 * @param libId the library ({@code LibID})
 * @param userKeywords the words ({@code UserKeywords})
 * @author chat-admin
 */
public record AddCloudKeywordsRequest(@JsonProperty("SdkAppId") long sdkAppId, @JsonProperty("LibID") String libId,
		@JsonProperty("UserKeywords") List<Keyword> userKeywords) {

	/**
	 * A word to add.
	 *
	 * @param content the word ({@code Content})
	 * @param label {@code Normal}, {@code Illegal}, {@code Abuse}, {@code Polity},
	 * {@code Ad}, {@code Porn}, {@code Sexy}, {@code Terror} or {@code Composite}
	 * ({@code Label})
	 */
	public record Keyword(@JsonProperty("Content") String content, @JsonProperty("Label") @Nullable String label) {

	}

}
