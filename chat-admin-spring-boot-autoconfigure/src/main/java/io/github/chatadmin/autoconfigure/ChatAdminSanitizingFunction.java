package io.github.chatadmin.autoconfigure;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks {@code tencent.chat.secret-key} and {@code tencent.chat.callback.token} in
 * {@code /actuator/env} and {@code /actuator/configprops}, whatever their
 * {@code show-values} setting: as a property ({@code tencent.chat.secret-key}), an
 * environment variable ({@code TENCENT_CHAT_SECRET_KEY}) or a bound property
 * ({@code secretKey}), and any other value that contains the configured key, such as the
 * command line in {@code sun.java.command} or {@code SPRING_APPLICATION_JSON}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminSanitizingFunction implements SanitizingFunction {

	private static final int MIN_KEY_LENGTH = 8;

	private final Supplier<@Nullable String> secretKey;

	private final Supplier<@Nullable String> callbackToken;

	/**
	 * Create a function that masks the secret-key properties only.
	 */
	public ChatAdminSanitizingFunction() {
		this(() -> null);
	}

	/**
	 * Create a function that also masks every value containing the configured key.
	 * @param secretKey supplies the configured secret key, or {@code null} when there is
	 * none
	 */
	public ChatAdminSanitizingFunction(Supplier<@Nullable String> secretKey) {
		this(secretKey, () -> null);
	}

	/**
	 * Create a function that also masks every value containing the configured key or the
	 * configured callback token.
	 * @param secretKey supplies the configured secret key, or {@code null} when there is
	 * none
	 * @param callbackToken supplies the configured callback token, or {@code null} when
	 * there is none
	 */
	public ChatAdminSanitizingFunction(Supplier<@Nullable String> secretKey, Supplier<@Nullable String> callbackToken) {
		this.secretKey = secretKey;
		this.callbackToken = callbackToken;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		String key = data.getLowerCaseKey().replace("-", "").replace("_", ".");
		boolean secretKey = key.equals("tencent.chat.secretkey") || key.equals("tencent.chat.secret.key")
				|| key.equals("tencent.chat.callback.token")
				|| (data.getPropertySource() == null && (key.equals("secretkey") || key.equals("token")));
		return (secretKey || contains(data.getValue(), this.secretKey.get())
				|| contains(data.getValue(), this.callbackToken.get())) ? data.withSanitizedValue() : data;
	}

	private static boolean contains(@Nullable Object value, @Nullable String configured) {
		if (value == null) {
			return false;
		}
		if (configured == null || configured.length() < MIN_KEY_LENGTH) {
			return false;
		}
		return value.toString().contains(configured);
	}

}
