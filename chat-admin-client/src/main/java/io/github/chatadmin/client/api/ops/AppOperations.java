package io.github.chatadmin.client.api.ops;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * App operations: daily statistics, message history files, the vendor's server addresses
 * and the moderation of uploaded chat files. Every method returns a cold publisher; bad
 * input is refused with an {@link IllegalArgumentException} naming the field before
 * anything is sent.
 *
 * @author chat-admin
 */
public interface AppOperations {

	/**
	 * Read the daily statistics of the last 30 days ({@code openconfigsvr/getappinfo},
	 * 200 calls/s). The vendor writes every number as a string: {@link AppDailyStats}
	 * keeps the strings and parses them as {@code long}. Errors 130001 to 130012.
	 * @param request the request, from {@link AppInfoRequest#all()}
	 * @return one entry per day
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/34886">getappinfo</a>
	 */
	Mono<AppInfoResponse> appInfo(AppInfoRequest request);

	/**
	 * Read the download links of an hour's message files
	 * ({@code open_msg_svc/get_history}, 10 calls/s), for the last 7 days. Errors: 1004
	 * not generated yet or no messages, 1005 expired.
	 * @param chatType {@link HistoryFilesRequest#C2C} or
	 * {@link HistoryFilesRequest#GROUP}
	 * @param hour the hour, {@code YYYYMMDDHH}
	 * @return the files
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/34885">get_history</a>
	 */
	Mono<HistoryFilesResponse> historyFiles(String chatType, String hour);

	/**
	 * Read the vendor's server addresses for allow-lists ({@code ConfigSvc/GetIPList}).
	 * The vendor's {@code nettype} URL parameter is not sent (a {@code ChatCommand} has
	 * no query parameters of its own), so the service's default (every kind) applies: the
	 * webhook egress addresses alone ({@code nettype} 5 or 6) cannot be asked for yet.
	 * Only Chinese-mainland addresses unless enabled by ticket.
	 * @return the addresses and ranges
	 * @see <a href=
	 * "https://www.tencentcloud.com/document/product/1047/36742">GetIPList</a>
	 */
	Mono<IpListResponse> ipList();

	/**
	 * Ban a file an SDK uploaded in a rich-media message
	 * ({@code im_cos_msg/forbid_illegal_object}).
	 * @param rawUrl the file's URL
	 * @return completes when banned
	 * @see <a href=
	 * "https://cloud.tencent.com/document/product/269/74775">forbid_illegal_object</a>
	 */
	Mono<Void> forbidFile(String rawUrl);

	/**
	 * Lift the ban of a chat file ({@code im_cos_msg/allow_banned_object}).
	 * @param rawUrl the file's URL
	 * @return completes when allowed
	 * @see <a href=
	 * "https://cloud.tencent.com/document/product/269/74776">allow_banned_object</a>
	 */
	Mono<Void> allowFile(String rawUrl);

	/**
	 * Sign chat-file URLs, banned ones included, for 15 minutes
	 * ({@code im_cos_msg/get_cos_sig}).
	 * @param files the files
	 * @return the signed URLs
	 * @see <a href="https://cloud.tencent.com/document/product/269/74777">get_cos_sig</a>
	 */
	Mono<CosSignatureResponse> signFiles(List<CosSignatureRequest.File> files);

}
