package io.github.chatadmin.sample;

import io.github.chatadmin.emulator.ChatAdminEmulator;
import io.github.chatadmin.emulator.ChatAdminEmulatorContexts;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Runs the sample on an embedded Tencent Chat emulator when no credentials are
 * configured, so it works on a fresh machine without a Tencent account.
 *
 * @author chat-admin
 */
public class EmbeddedEmulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Log logger = LogFactory.getLog(EmbeddedEmulatorInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String sdkAppId = context.getEnvironment().getProperty("tencent.chat.sdk-app-id");
		if (StringUtils.hasText(sdkAppId)
				|| context.getBeanFactory().containsSingleton(ChatAdminEmulatorContexts.BEAN_NAME)) {
			return;
		}
		ChatAdminEmulator emulator = ChatAdminEmulatorContexts.startFor(context);
		logger.info("No Tencent Chat credentials configured (tencent.chat.sdk-app-id is empty): using the embedded "
				+ "Tencent Chat emulator at " + emulator.baseUrl() + " (SDKAppID " + emulator.getSdkAppId()
				+ "). Set TENCENT_CHAT_SDK_APP_ID and TENCENT_CHAT_SECRET_KEY to use your real app.");
	}

}
