package io.github.chatadmin.client;

import java.util.Collection;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Describes one command of the REST API, once, with everything the client needs to know
 * of it: where it is sent, the types of its request and response bodies, whether it may
 * be sent again when its outcome is unknown, the size limit of its list parameter, its
 * quota, and the checks a request must pass before it is sent.
 * <p>
 * {@link ChatAdminOperations#execute(ChatCommand, Object)} runs the checks on every call,
 * so a request that breaks them is refused with an {@link IllegalArgumentException}
 * naming the field, whichever path it takes. A list longer than {@link #batchLimit()} is
 * refused there; the grouped operations split such lists into several calls.
 *
 * @param <Q> the request body type
 * @param <R> the response body type
 * @param service the servicename, for example {@code im_open_login_svc}
 * @param command the command, for example {@code account_import}
 * @param requestType the request body type
 * @param responseType the response body type
 * @param idempotent whether sending the request twice has the same effect as sending it
 * once (reads, and writes the vendor de-duplicates unconditionally)
 * @param batchLimit the maximum number of items of the command's list parameter in one
 * call, or {@code 0} when the command takes no list
 * @param quota the vendor's quota of the command in calls per second
 * @param check the checks a request must pass before it is sent
 * @author chat-admin
 * @since 0.1.0
 */
public record ChatCommand<Q, R>(String service, String command, Class<Q> requestType, Class<R> responseType,
		boolean idempotent, int batchLimit, double quota, RequestCheck<? super Q> check) {

	public ChatCommand {
		Assert.hasText(service, "'service' must not be empty");
		Assert.hasText(command, "'command' must not be empty");
		Assert.notNull(requestType, "'requestType' must not be null");
		Assert.notNull(responseType, "'responseType' must not be null");
		Assert.isTrue(batchLimit >= 0, "'batchLimit' must not be negative");
		Assert.isTrue(quota > 0, "'quota' must be positive");
		Assert.notNull(check, "'check' must not be null");
	}

	/**
	 * Describe a command with the default quota and no checks.
	 * @param service the servicename
	 * @param command the command
	 * @param requestType the request body type
	 * @param responseType the response body type
	 * @param idempotent whether the command may be sent twice
	 * @param batchLimit the limit of the list parameter, or {@code 0}
	 */
	public ChatCommand(String service, String command, Class<Q> requestType, Class<R> responseType, boolean idempotent,
			int batchLimit) {
		this(service, command, requestType, responseType, idempotent, batchLimit, ChatCommandCatalog.DEFAULT_QUOTA,
				RequestCheck.none());
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
				limit, this.quota, this.check);
	}

	/**
	 * Return a copy of this command whose list parameter takes at least one and at most
	 * {@code limit} items per call, checked on every call.
	 * @param field the vendor's name of the list, for error messages
	 * @param limit the vendor's limit
	 * @param list how to get the list from a request
	 * @return the command with the limit and its check
	 */
	public ChatCommand<Q, R> withList(String field, int limit,
			Function<? super Q, ? extends @Nullable Collection<?>> list) {
		Assert.hasText(field, "'field' must not be empty");
		return withBatchLimit(limit).withCheck((request) -> {
			Collection<?> items = list.apply(request);
			if (items == null || items.isEmpty()) {
				throw new IllegalArgumentException("'" + field + "' of " + path() + " must not be empty");
			}
			if (items.size() > limit) {
				throw new IllegalArgumentException("'" + field + "' of " + path() + " has " + items.size()
						+ " items, but the vendor takes at most " + limit
						+ " per call; the grouped operations split longer lists");
			}
		});
	}

	/**
	 * Return a copy of this command with the vendor's quota.
	 * @param quota calls per second
	 * @return the command with the quota
	 */
	public ChatCommand<Q, R> withQuota(double quota) {
		return new ChatCommand<>(this.service, this.command, this.requestType, this.responseType, this.idempotent,
				this.batchLimit, quota, this.check);
	}

	/**
	 * Return a copy of this command that also runs the given check on every request.
	 * @param check a check that throws an {@link IllegalArgumentException} naming the
	 * field when the request is invalid
	 * @return the command with the check
	 */
	public ChatCommand<Q, R> withCheck(RequestCheck<? super Q> check) {
		Assert.notNull(check, "'check' must not be null");
		RequestCheck<? super Q> first = this.check;
		RequestCheck<Q> both = (request) -> {
			first.check(request);
			check.check(request);
		};
		return new ChatCommand<>(this.service, this.command, this.requestType, this.responseType, this.idempotent,
				this.batchLimit, this.quota, (first == RequestCheck.NONE) ? check : both);
	}

	/**
	 * Check a request against this command's rules.
	 * @param request the request, {@code null} for an empty body
	 * @throws IllegalArgumentException if the request breaks a rule
	 */
	public void validate(@Nullable Q request) {
		if (request == null) {
			if (this.check != RequestCheck.NONE) {
				throw new IllegalArgumentException("The request of " + path() + " must not be null");
			}
			return;
		}
		if (!this.requestType.isInstance(request)) {
			throw new IllegalArgumentException("The request of " + path() + " must be a " + this.requestType.getName()
					+ ", but was a " + request.getClass().getName());
		}
		this.check.check(request);
	}

	/**
	 * Return {@code service/command}.
	 * @return the path of the command below {@code /v4/}
	 */
	public String path() {
		return this.service + "/" + this.command;
	}

	@Override
	public String toString() {
		return "ChatCommand[" + path() + ", idempotent=" + this.idempotent + ", batchLimit=" + this.batchLimit
				+ ", quota=" + this.quota + "]";
	}

	/**
	 * A check of a request before it is sent.
	 *
	 * @param <Q> the request type
	 */
	@FunctionalInterface
	public interface RequestCheck<Q> {

		/**
		 * The check that accepts every request.
		 */
		RequestCheck<Object> NONE = (request) -> {
		};

		/**
		 * Check a request.
		 * @param request the request
		 * @throws IllegalArgumentException naming the field, if the request is invalid
		 */
		void check(Q request);

		/**
		 * Return the check that accepts every request.
		 * @param <Q> the request type
		 * @return the check
		 */
		static <Q> RequestCheck<? super Q> none() {
			return NONE;
		}

	}

}
