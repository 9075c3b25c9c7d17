package io.github.chatadmin.client.api.ops;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code im_cos_msg/get_cos_sig}: sign chat-file URLs.
 *
 * @param rawUrls the files ({@code RawURLs})
 * @author chat-admin
 */
public record CosSignatureRequest(@JsonProperty("RawURLs") List<File> rawUrls) {

	/**
	 * One file to sign.
	 *
	 * @param resourceId an ID the answer repeats ({@code ResourceID})
	 * @param rawUrl the file's URL ({@code RawURL})
	 */
	public record File(@JsonProperty("ResourceID") long resourceId, @JsonProperty("RawURL") String rawUrl) {

	}

}
