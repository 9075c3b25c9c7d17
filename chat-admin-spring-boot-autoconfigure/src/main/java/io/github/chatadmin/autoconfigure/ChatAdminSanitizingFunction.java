package io.github.chatadmin.autoconfigure;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks {@code tencent.chat.secret-key} in {@code /actuator/env} and
 * {@code /actuator/configprops}, whatever their {@code show-values} setting: as a
 * property ({@code tencent.chat.secret-key}), an environment variable
 * ({@code TENCENT_CHAT_SECRET_KEY}) or a bound property ({@code secretKey}).
 *
 * @author chat-admin
 */
public class ChatAdminSanitizingFunction implements SanitizingFunction {

	@Override
	public SanitizableData apply(SanitizableData data) {
		String key = data.getLowerCaseKey().replace("-", "").replace("_", ".");
		boolean secretKey = key.equals("tencent.chat.secretkey") || key.equals("tencent.chat.secret.key")
				|| (data.getPropertySource() == null && key.equals("secretkey"));
		return secretKey ? data.withSanitizedValue() : data;
	}

}
