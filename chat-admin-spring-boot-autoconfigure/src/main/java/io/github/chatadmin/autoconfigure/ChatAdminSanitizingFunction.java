package io.github.chatadmin.autoconfigure;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks {@code tencent.chat.secret-key} in {@code /actuator/env} and
 * {@code /actuator/configprops}, whatever their {@code show-values} setting: as a
 * property ({@code tencent.chat.secret-key}), an environment variable
 * ({@code TENCENT_CHAT_SECRET_KEY}) or a bound property ({@code secretKey}), and any
 * other value that contains the configured key, such as the command line in
 * {@code sun.java.command} or {@code SPRING_APPLICATION_JSON}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminSanitizingFunction implements SanitizingFunction {

	private static final int MIN_KEY_LENGTH = 8;

	private final Supplier<@Nullable String> secretKey;

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
		this.secretKey = secretKey;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		String key = data.getLowerCaseKey().replace("-", "").replace("_", ".");
		boolean secretKey = key.equals("tencent.chat.secretkey") || key.equals("tencent.chat.secret.key")
				|| (data.getPropertySource() == null && key.equals("secretkey"));
		return (secretKey || containsSecretKey(data.getValue())) ? data.withSanitizedValue() : data;
	}

	private boolean containsSecretKey(@Nullable Object value) {
		if (value == null) {
			return false;
		}
		String configured = this.secretKey.get();
		if (configured == null || configured.length() < MIN_KEY_LENGTH) {
			return false;
		}
		return value.toString().contains(configured);
	}

}
