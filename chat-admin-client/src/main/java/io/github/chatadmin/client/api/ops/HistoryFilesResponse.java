package io.github.chatadmin.client.api.ops;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code open_msg_svc/get_history}: download links of the hour's gzipped
 * message files.
 *
 * @param file the files ({@code File})
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record HistoryFilesResponse(@JsonProperty("File") @Nullable List<HistoryFile> file,
		@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	/**
	 * Return the files, never {@code null}.
	 * @return the files
	 */
	public List<HistoryFile> files() {
		return (this.file != null) ? this.file : List.of();
	}

	/**
	 * One message file.
	 *
	 * @param url the download URL, which expires ({@code URL})
	 * @param expireTime when the URL expires ({@code ExpireTime})
	 * @param fileSize the size before gzip, in bytes ({@code FileSize})
	 * @param fileMd5 the MD5 before gzip ({@code FileMD5})
	 * @param gzipSize the gzipped size, in bytes ({@code GzipSize})
	 * @param gzipMd5 the gzipped MD5 ({@code GzipMD5})
	 */
	public record HistoryFile(@JsonProperty("URL") String url, @JsonProperty("ExpireTime") @Nullable String expireTime,
			@JsonProperty("FileSize") long fileSize, @JsonProperty("FileMD5") @Nullable String fileMd5,
			@JsonProperty("GzipSize") long gzipSize, @JsonProperty("GzipMD5") @Nullable String gzipMd5) {

	}

}
