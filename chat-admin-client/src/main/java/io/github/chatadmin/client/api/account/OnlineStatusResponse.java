package io.github.chatadmin.client.api.account;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answer of {@code openim/query_online_status}.
 *
 * @param queryResult the status of each account found
 * @param errorList the accounts that could not be queried (70107: not imported)
 * @param extra fields this model does not name
 * @author chat-admin
 */
public record OnlineStatusResponse(@JsonProperty("QueryResult") List<Status> queryResult,
		@JsonProperty("ErrorList") List<Error> errorList, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

	public OnlineStatusResponse {
		queryResult = (queryResult != null) ? List.copyOf(queryResult) : List.of();
		errorList = (errorList != null) ? List.copyOf(errorList) : List.of();
		extra = (extra != null) ? Map.copyOf(extra) : Map.of();
	}

	/**
	 * Create the answer without fields beyond those this model names.
	 * @param queryResult as the record component
	 * @param errorList as the record component
	 */
	public OnlineStatusResponse(List<Status> queryResult, List<Error> errorList) {
		this(queryResult, errorList, Map.of());
	}

	/**
	 * Status of one account.
	 *
	 * @param toAccount the UserID
	 * @param status {@code Online}, {@code PushOnline} or {@code Offline}
	 * @param detail the status per platform, when asked for
	 */
	public record Status(@JsonProperty("To_Account") String toAccount,
			@JsonProperty("Status") @JsonAlias("State") @Nullable String status,
			@JsonProperty("Detail") @Nullable List<PlatformStatus> detail) {

	}

	/**
	 * Status of one account on one platform.
	 *
	 * @param platform the platform, for example {@code iPhone}
	 * @param status {@code Online} or {@code PushOnline}
	 */
	public record PlatformStatus(@JsonProperty("Platform") @Nullable String platform,
			@JsonProperty("Status") @Nullable String status) {

	}

	/**
	 * An account that could not be queried.
	 *
	 * @param toAccount the UserID
	 * @param errorCode the reason
	 */
	public record Error(@JsonProperty("To_Account") String toAccount, @JsonProperty("ErrorCode") int errorCode) {

	}

}
