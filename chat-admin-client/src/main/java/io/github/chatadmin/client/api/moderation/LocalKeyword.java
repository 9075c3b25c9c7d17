package io.github.chatadmin.client.api.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A local (app) sensitive word. No vendor page was found: the fields are a third-party
 * SDK's.
 *
 * @param id the word's ID ({@code Id})
 * @param keyword the word ({@code Keyword})
 * @param wordType the word's type ({@code WordType})
 * @param filterType how it filters ({@code FilterType})
 * @param replacedContent the replacement ({@code ReplacedContent})
 * @param updateTime when it changed ({@code UpdateTime})
 * @author chat-admin
 */
public record LocalKeyword(@JsonProperty("Id") @Nullable String id, @JsonProperty("Keyword") @Nullable String keyword,
		@JsonProperty("WordType") @Nullable Integer wordType, @JsonProperty("FilterType") @Nullable Integer filterType,
		@JsonProperty("ReplacedContent") @Nullable String replacedContent,
		@JsonProperty("UpdateTime") @Nullable String updateTime) {

	/**
	 * Return a word to add.
	 * @param keyword the word
	 * @return the word
	 */
	public static LocalKeyword of(String keyword) {
		return new LocalKeyword(null, keyword, null, null, null, null);
	}

}
