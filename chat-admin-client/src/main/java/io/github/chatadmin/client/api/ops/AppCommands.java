package io.github.chatadmin.client.api.ops;

import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.api.RequestChecks;

/**
 * The operations commands of the REST API, each declared once with its quota and checks.
 *
 * @author chat-admin
 */
public final class AppCommands {

	/**
	 * Read the daily statistics of the last 30 days.
	 */
	public static final ChatCommand<AppInfoRequest, AppInfoResponse> APP_INFO = ChatCommand
		.read("openconfigsvr", "getappinfo", AppInfoRequest.class, AppInfoResponse.class)
		.withCheck((request) -> {
			if (request.requestField() != null) {
				for (int i = 0; i < request.requestField().size(); i++) {
					RequestChecks.notEmpty(request.requestField().get(i), "RequestField[" + i + "]");
				}
			}
		});

	/**
	 * Read the download links of an hour's message files; 10 calls/s.
	 */
	public static final ChatCommand<HistoryFilesRequest, HistoryFilesResponse> HISTORY_FILES = ChatCommand
		.read("open_msg_svc", "get_history", HistoryFilesRequest.class, HistoryFilesResponse.class)
		.withQuota(10)
		.withCheck((request) -> {
			if (!HistoryFilesRequest.C2C.equals(request.chatType())
					&& !HistoryFilesRequest.GROUP.equals(request.chatType())) {
				throw new IllegalArgumentException(
						"'ChatType' must be C2C or Group, but was '" + request.chatType() + "'");
			}
			if (request.msgTime() == null || !request.msgTime().matches("\\d{10}")) {
				throw new IllegalArgumentException(
						"'MsgTime' must be an hour written YYYYMMDDHH, but was '" + request.msgTime() + "'");
			}
		});

	/**
	 * Read the vendor's server addresses. The vendor takes the kind of list as a URL
	 * query parameter ({@code nettype}, 0 to 6), which a {@link ChatCommand} cannot
	 * carry: the template builds every URL from the service, the command and the common
	 * parameters, so the vendor's default list is answered.
	 */
	public static final ChatCommand<Void, IpListResponse> IP_LIST = ChatCommand.read("ConfigSvc", "GetIPList",
			Void.class, IpListResponse.class);

	/**
	 * Ban an uploaded chat file.
	 */
	public static final ChatCommand<ChatFileRequest, ChatResponse> FORBID_FILE = ChatCommand
		.write("im_cos_msg", "forbid_illegal_object", ChatFileRequest.class, ChatResponse.class)
		.withCheck((request) -> RequestChecks.notEmpty(request.rawUrl(), "RawURL"));

	/**
	 * Lift the ban of a chat file.
	 */
	public static final ChatCommand<ChatFileRequest, ChatResponse> ALLOW_FILE = ChatCommand
		.write("im_cos_msg", "allow_banned_object", ChatFileRequest.class, ChatResponse.class)
		.withCheck((request) -> RequestChecks.notEmpty(request.rawUrl(), "RawURL"));

	/**
	 * Sign chat-file URLs for 15 minutes.
	 */
	public static final ChatCommand<CosSignatureRequest, CosSignatureResponse> SIGN_FILES = ChatCommand
		.read("im_cos_msg", "get_cos_sig", CosSignatureRequest.class, CosSignatureResponse.class)
		.withCheck((request) -> {
			if (request.rawUrls() == null || request.rawUrls().isEmpty()) {
				throw new IllegalArgumentException("'RawURLs' must not be empty");
			}
			for (int i = 0; i < request.rawUrls().size(); i++) {
				RequestChecks.notNull(request.rawUrls().get(i), "RawURLs[" + i + "]");
				RequestChecks.notEmpty(request.rawUrls().get(i).rawUrl(), "RawURLs[" + i + "].RawURL");
			}
		});

	private AppCommands() {
	}

}
