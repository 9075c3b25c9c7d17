package io.github.chatadmin.client.api.moderation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code im_msg_audit/batch_content_moderation}: up to 10 texts or images.
 *
 * @param auditName the scene or custom configuration ID ({@code AuditName})
 * @param contents the items ({@code Contents})
 * @param extSender the sender ({@code ExtSender})
 * @param extReceiver the receiver ({@code ExtReceiver})
 * @author chat-admin
 */
public record BatchContentModerationRequest(@JsonProperty("AuditName") String auditName,
		@JsonProperty("Contents") List<Item> contents, @JsonProperty("ExtSender") @Nullable String extSender,
		@JsonProperty("ExtReceiver") @Nullable String extReceiver) {

	/**
	 * One item.
	 *
	 * @param contentId an ID unique in the request ({@code ContentId})
	 * @param contentType {@code Text} or {@code Image} ({@code ContentType})
	 * @param content the text or the image's URL ({@code Content})
	 */
	public record Item(@JsonProperty("ContentId") long contentId, @JsonProperty("ContentType") String contentType,
			@JsonProperty("Content") String content) {

	}

}
