package io.github.chatadmin.client;

import org.springframework.util.Assert;

/**
 * Describes one command of the REST API: where it is sent, the types of its request and
 * response bodies, whether it may be retried when its outcome is unknown, and the size
 * limit of its list parameter.
 *
 * @param <Q> the request body type
 * @param <R> the response body type
 * @param service the servicename, for example {@code im_open_login_svc}
 * @param command the command, for example {@code account_import}
 * @param requestType the request body type
 * @param responseType the response body type
 * @param idempotent whether sending the request twice has the same effect as sending it
 * once (reads, and writes the vendor de-duplicates)
 * @param batchLimit the maximum number of items of the command's list parameter in one
 * call, or {@code 0} when the command takes no list
 * @author chat-admin
 */
public record ChatCommand<Q, R>(String service, String command, Class<Q> requestType, Class<R> responseType,
		boolean idempotent, int batchLimit) {

	public ChatCommand {
		Assert.hasText(service, "'service' must not be empty");
		Assert.hasText(command, "'command' must not be empty");
		Assert.notNull(requestType, "'requestType' must not be null");
		Assert.notNull(responseType, "'responseType' must not be null");
		Assert.isTrue(batchLimit >= 0, "'batchLimit' must not be negative");
	}

	/**
	 * Describe a command that changes state and takes no list.
	 * @param <Q> the request body type
	 * @param <R> the response body type
	 * @param service the servicename
	 * @param command the command
	 * @param requestType the request body type
	 * @param responseType the response body type
	 * @return the command
	 */
	public static <Q, R> ChatCommand<Q, R> write(String service, String command, Class<Q> requestType,
			Class<R> responseType) {
		return new ChatCommand<>(service, command, requestType, responseType, false, 0);
	}

	/**
	 * Describe a command that only reads and takes no list.
	 * @param <Q> the request body type
	 * @param <R> the response body type
	 * @param service the servicename
	 * @param command the command
	 * @param requestType the request body type
	 * @param responseType the response body type
	 * @return the command
	 */
	public static <Q, R> ChatCommand<Q, R> read(String service, String command, Class<Q> requestType,
			Class<R> responseType) {
		return new ChatCommand<>(service, command, requestType, responseType, true, 0);
	}

	/**
	 * Return a copy of this command whose list parameter takes at most the given number
	 * of items per call.
	 * @param limit the vendor's limit
	 * @return the command with the limit
	 */
	public ChatCommand<Q, R> withBatchLimit(int limit) {
		Assert.isTrue(limit > 0, "'limit' must be positive");
		return new ChatCommand<>(this.service, this.command, this.requestType, this.responseType, this.idempotent,
				limit);
	}

	/**
	 * Return {@code service/command}.
	 * @return the path of the command below {@code /v4/}
	 */
	public String path() {
		return this.service + "/" + this.command;
	}

}
