package io.github.chatadmin.client.api.ops;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code im_cos_msg/get_cos_sig} (the page's example is cut off: the fields
 * are those its table names).
 *
 * @param preSigUrls the signed URL of each file ({@code PreSigURLs})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record CosSignatureResponse(@JsonProperty("PreSigURLs") @Nullable List<Signed> preSigUrls,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the signed URLs, never {@code null}.
	 * @return the signed URLs
	 */
	public List<Signed> signed() {
		return (this.preSigUrls != null) ? this.preSigUrls : List.of();
	}

	/**
	 * The signature of one file.
	 *
	 * @param code the file's status code ({@code Code})
	 * @param desc the status's description ({@code Desc})
	 * @param resourceId the request's ID ({@code ResourceID})
	 * @param preSigUrl the signed URL, valid 15 minutes ({@code PreSigURL})
	 * @param extra fields this model does not name
	 */
	public record Signed(@JsonProperty("Code") @Nullable Long code, @JsonProperty("Desc") @Nullable String desc,
			@JsonProperty("ResourceID") @Nullable Long resourceId,
			@JsonProperty("PreSigURL") @Nullable String preSigUrl,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	}

}
