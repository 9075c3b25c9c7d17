package io.github.chatadmin.client.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Verifies the query parameters of a callback request: {@code SdkAppid} must be this
 * application's and, when a token is configured, {@code Sign} must be the lowercase hex
 * SHA-256 of the token followed by {@code RequestTime}, compared in constant time, and
 * {@code RequestTime} must be within the allowed clock skew of the local clock. Refusals
 * never name the token or the {@code Sign}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class CallbackVerifier {

	/**
	 * The query parameter that names the application.
	 */
	public static final String SDK_APP_ID = "SdkAppid";

	/**
	 * The query parameter that names the callback command.
	 */
	public static final String CALLBACK_COMMAND = "CallbackCommand";

	/**
	 * The query parameter that carries the request time, in Unix seconds.
	 */
	public static final String REQUEST_TIME = "RequestTime";

	/**
	 * The query parameter that carries the signature.
	 */
	public static final String SIGN = "Sign";

	/**
	 * The clock skew the vendor recommends: 60 seconds.
	 */
	public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofSeconds(60);

	private final long sdkAppId;

	private final byte @Nullable [] token;

	private final Duration maxClockSkew;

	private final Clock clock;

	private final BiPredicate<byte[], byte[]> comparator;

	/**
	 * Create a verifier.
	 * @param sdkAppId this application's SDKAppID
	 * @param token the callback token configured in the console, or {@code null} when
	 * callbacks are not signed
	 * @param maxClockSkew how far {@code RequestTime} may be from the clock, both ways
	 * @param clock the local clock
	 */
	public CallbackVerifier(long sdkAppId, @Nullable String token, Duration maxClockSkew, Clock clock) {
		this(sdkAppId, token, maxClockSkew, clock, MessageDigest::isEqual);
	}

	/**
	 * Create a verifier that compares signatures with the given comparator; tests use it
	 * to see what is compared.
	 * @param sdkAppId this application's SDKAppID
	 * @param token the callback token, or {@code null}
	 * @param maxClockSkew how far {@code RequestTime} may be from the clock, both ways
	 * @param clock the local clock
	 * @param comparator compares the SHA-256 digests of the expected and the received
	 * {@code Sign}, two arrays of 32 bytes, in constant time
	 */
	CallbackVerifier(long sdkAppId, @Nullable String token, Duration maxClockSkew, Clock clock,
			BiPredicate<byte[], byte[]> comparator) {
		Assert.notNull(maxClockSkew, "'maxClockSkew' must not be null");
		Assert.isTrue(!maxClockSkew.isNegative(), "'maxClockSkew' must not be negative");
		Assert.notNull(clock, "'clock' must not be null");
		this.sdkAppId = sdkAppId;
		this.token = StringUtils.hasLength(token) ? token.getBytes(StandardCharsets.UTF_8) : null;
		this.maxClockSkew = maxClockSkew;
		this.clock = clock;
		this.comparator = comparator;
	}

	/**
	 * Return whether a token is configured, so that requests must be signed.
	 * @return whether requests must be signed
	 */
	public boolean isAuthenticated() {
		return this.token != null;
	}

	/**
	 * Verify a request's query parameters.
	 * @param parameters returns the first value of a query parameter, or {@code null}
	 * @return the outcome
	 */
	public CallbackVerification verify(Function<String, @Nullable String> parameters) {
		Assert.notNull(parameters, "'parameters' must not be null");
		String sdkAppId = parameters.apply(SDK_APP_ID);
		if (!StringUtils.hasText(sdkAppId)) {
			return missing(SDK_APP_ID);
		}
		if (!StringUtils.hasText(parameters.apply(CALLBACK_COMMAND))) {
			return missing(CALLBACK_COMMAND);
		}
		if (!Long.toString(this.sdkAppId).equals(sdkAppId.trim())) {
			return CallbackVerification.rejected(CallbackRejection.WRONG_SDK_APP_ID,
					"SdkAppid is not this application's");
		}
		if (this.token == null) {
			return CallbackVerification.accepted();
		}
		String requestTime = parameters.apply(REQUEST_TIME);
		if (!StringUtils.hasText(requestTime)) {
			return missing(REQUEST_TIME);
		}
		String sign = parameters.apply(SIGN);
		if (!StringUtils.hasText(sign)) {
			return missing(SIGN);
		}
		long seconds;
		try {
			seconds = Long.parseLong(requestTime.trim());
		}
		catch (NumberFormatException ex) {
			return CallbackVerification.rejected(CallbackRejection.MALFORMED_REQUEST_TIME,
					"RequestTime is not a number of seconds");
		}
		Instant now = this.clock.instant();
		Instant sent = Instant.ofEpochSecond(seconds);
		if (sent.isBefore(now.minus(this.maxClockSkew))) {
			return CallbackVerification.rejected(CallbackRejection.STALE_REQUEST_TIME,
					"RequestTime is more than " + this.maxClockSkew.toSeconds() + "s in the past");
		}
		if (sent.isAfter(now.plus(this.maxClockSkew))) {
			return CallbackVerification.rejected(CallbackRejection.FUTURE_REQUEST_TIME,
					"RequestTime is more than " + this.maxClockSkew.toSeconds() + "s in the future");
		}
		// Both signs are digested first, so that the constant-time comparison
		// (MessageDigest.isEqual) always sees two arrays of the same length, whatever the
		// length of the received Sign, and the decision is the comparator's alone. One
		// digest serves the request: each digest() resets it for the next use.
		MessageDigest digest = sha256();
		byte[] expected = digest.digest(expectedSign(digest, this.token, requestTime.trim()));
		byte[] received = digest.digest(sign.trim().getBytes(StandardCharsets.UTF_8));
		if (!this.comparator.test(expected, received)) {
			return CallbackVerification.rejected(CallbackRejection.WRONG_SIGN,
					"Sign does not match the configured token");
		}
		return CallbackVerification.accepted();
	}

	/**
	 * Compute the {@code Sign} for a token and a request time, as the service does: the
	 * lowercase hex SHA-256 of the token followed by the request time.
	 * @param token the token
	 * @param requestTime the request time, in Unix seconds
	 * @return the signature
	 */
	public static String sign(String token, long requestTime) {
		Assert.hasLength(token, "'token' must not be empty");
		return new String(expectedSign(sha256(), token.getBytes(StandardCharsets.UTF_8), Long.toString(requestTime)),
				StandardCharsets.US_ASCII);
	}

	private static byte[] expectedSign(MessageDigest digest, byte[] token, String requestTime) {
		digest.update(token);
		digest.update(requestTime.getBytes(StandardCharsets.US_ASCII));
		return HexFormat.of().formatHex(digest.digest()).getBytes(StandardCharsets.US_ASCII);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static CallbackVerification missing(String parameter) {
		return CallbackVerification.rejected(CallbackRejection.MISSING_PARAMETER,
				"Query parameter " + parameter + " is missing");
	}

	@Override
	public String toString() {
		return "CallbackVerifier[sdkAppId=" + this.sdkAppId + ", authenticated=" + isAuthenticated() + ", maxClockSkew="
				+ this.maxClockSkew + "]";
	}

}
