package io.github.chatadmin.client.api.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result of one permission group ({@code PermissionGroupResultList} item).
 *
 * @param errorCode {@code 0}, or why it failed ({@code ErrorCode})
 * @param errorInfo the description of the error ({@code ErrorInfo})
 * @param permissionGroupId the permission group ({@code PermissionGroupId})
 * @author chat-admin
 */
public record PermissionGroupResult(@JsonProperty("ErrorCode") int errorCode,
		@JsonProperty("ErrorInfo") @Nullable String errorInfo,
		@JsonProperty("PermissionGroupId") String permissionGroupId) {

}
