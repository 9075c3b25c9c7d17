package io.github.chatadmin.client.api.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code im_msg_audit/content_moderation}: one item to moderate (Singapore
 * data center only on the international site).
 *
 * @param auditName the scene ({@code C2C}, {@code Group}, {@code UserInfo},
 * {@code GroupInfo}, {@code GroupMemberInfo}, {@code RelationChain}) or a custom
 * configuration ID ({@code AuditName})
 * @param contentType {@code Text}, {@code Image}, {@code Audio} or {@code Video}; audio
 * and video verdicts come later through the webhook ({@code ContentType})
 * @param content the text (at most 8 KB) or the file's URL ({@code Content})
 * @param extSender the sender, for the record ({@code ExtSender})
 * @param extReceiver the receiver, for the record ({@code ExtReceiver})
 * @author chat-admin
 */
public record ContentModerationRequest(@JsonProperty("AuditName") String auditName,
		@JsonProperty("ContentType") String contentType, @JsonProperty("Content") String content,
		@JsonProperty("ExtSender") @Nullable String extSender,
		@JsonProperty("ExtReceiver") @Nullable String extReceiver) {

	/**
	 * Return a request to moderate a text.
	 * @param auditName the scene
	 * @param text the text
	 * @return the request
	 */
	public static ContentModerationRequest text(String auditName, String text) {
		return new ContentModerationRequest(auditName, "Text", text, null, null);
	}

}
