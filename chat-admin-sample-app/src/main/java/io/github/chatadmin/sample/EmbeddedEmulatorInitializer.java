package io.github.chatadmin.sample;

import io.github.chatadmin.emulator.ChatAdminEmulator;
import io.github.chatadmin.emulator.ChatAdminEmulatorContexts;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Runs the sample on an embedded Tencent Chat emulator when the {@value #PROFILE} profile
 * is active, so it works on a fresh machine without a Tencent account. Only when asked: a
 * jar started without credentials and without the profile fails at startup, naming
 * {@code tencent.chat.sdk-app-id}, instead of quietly talking to an in-memory fake.
 *
 * @author chat-admin
 */
public class EmbeddedEmulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * The profile that runs the sample on the embedded emulator.
	 */
	public static final String PROFILE = "emulator";

	private static final Log logger = LogFactory.getLog(EmbeddedEmulatorInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getEnvironment().matchesProfiles(PROFILE)
				|| context.getBeanFactory().containsSingleton(ChatAdminEmulatorContexts.BEAN_NAME)) {
			return;
		}
		String sdkAppId = context.getEnvironment().getProperty("tencent.chat.sdk-app-id");
		if (StringUtils.hasText(sdkAppId)) {
			throw new IllegalStateException("The '" + PROFILE + "' profile runs the sample on an embedded emulator, "
					+ "but tencent.chat.sdk-app-id is set: remove one or the other");
		}
		ChatAdminEmulator emulator = ChatAdminEmulatorContexts.startFor(context);
		logger.info("Profile '" + PROFILE + "': using the embedded Tencent Chat emulator at " + emulator.baseUrl()
				+ " (SDKAppID " + emulator.getSdkAppId() + "). Without this profile, set TENCENT_CHAT_SDK_APP_ID and "
				+ "TENCENT_CHAT_SECRET_KEY to use your real app.");
	}

}
