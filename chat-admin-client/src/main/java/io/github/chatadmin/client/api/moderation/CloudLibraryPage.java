package io.github.chatadmin.client.api.moderation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code im_msg_audit_mgr/get_cloud_audit_keywords_ids}.
 *
 * @param requestId the request's ID ({@code RequestId})
 * @param totalCount the number of libraries ({@code TotalCount})
 * @param infos the page's libraries ({@code Infos})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record CloudLibraryPage(@JsonProperty("RequestId") @Nullable String requestId,
		@JsonProperty("TotalCount") @Nullable Long totalCount, @JsonProperty("Infos") @Nullable List<Library> infos,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the libraries, never {@code null}.
	 * @return the libraries
	 */
	public List<Library> libraries() {
		return (this.infos != null) ? this.infos : List.of();
	}

	/**
	 * A word library.
	 *
	 * @param id the library's ID ({@code ID})
	 * @param libName its name ({@code LibName})
	 * @param describe its description ({@code Describe})
	 * @param createTime when it was created, as the vendor writes it ({@code CreateTime})
	 * @param suggestion what a match does, for example {@code Block} ({@code Suggestion})
	 */
	public record Library(@JsonProperty("ID") String id, @JsonProperty("LibName") @Nullable String libName,
			@JsonProperty("Describe") @Nullable String describe,
			@JsonProperty("CreateTime") @Nullable String createTime,
			@JsonProperty("Suggestion") @Nullable String suggestion) {

	}

}
