package io.github.chatadmin.client.callback;

/**
 * Why a {@link CallbackVerifier} refused a callback request.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public enum CallbackRejection {

	/**
	 * A required query parameter is missing or empty.
	 */
	MISSING_PARAMETER,

	/**
	 * The {@code SdkAppid} is not this application's.
	 */
	WRONG_SDK_APP_ID,

	/**
	 * The {@code RequestTime} is not a number.
	 */
	MALFORMED_REQUEST_TIME,

	/**
	 * The {@code RequestTime} is further in the past than the allowed clock skew.
	 */
	STALE_REQUEST_TIME,

	/**
	 * The {@code RequestTime} is further in the future than the allowed clock skew.
	 */
	FUTURE_REQUEST_TIME,

	/**
	 * The {@code Sign} does not match the configured token and the {@code RequestTime}.
	 */
	WRONG_SIGN,

	/**
	 * The request body is larger than the configured limit.
	 */
	BODY_TOO_LARGE,

	/**
	 * The request body is not a JSON object.
	 */
	MALFORMED_BODY

}
