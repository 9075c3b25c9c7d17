package io.github.chatadmin.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The envelope every answer of the REST API carries, used as the response type of
 * commands that return nothing else.
 *
 * @param actionStatus {@code OK} or {@code FAIL}
 * @param errorCode {@code 0} on success
 * @param errorInfo the service's description of the error, if any
 * @author chat-admin
 * @since 0.1.0
 */
public record ChatResponse(@JsonProperty("ActionStatus") @Nullable String actionStatus,
		@JsonProperty("ErrorCode") int errorCode, @JsonProperty("ErrorInfo") @Nullable String errorInfo) {

}
