package io.github.chatadmin.sample;

import java.net.URI;

import io.github.chatadmin.emulator.ChatAdminEmulator;
import io.github.chatadmin.emulator.ChatAdminEmulatorContexts;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Runs the sample on an embedded Tencent Chat emulator when the {@value #PROFILE} profile
 * is active, so it works on a fresh machine without a Tencent account. Only when asked: a
 * jar started without credentials and without the profile fails at startup, naming
 * {@code tencent.chat.sdk-app-id}, instead of quietly talking to an in-memory fake. Once
 * the server listens, the emulator calls the sample back at its callback endpoint
 * ({@code tencent.chat.callback.*}), as Tencent Chat would.
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
		context.addApplicationListener((event) -> {
			if (event instanceof WebServerInitializedEvent initialized
					&& initialized.getApplicationContext() == context) {
				callBack(emulator, initialized);
			}
		});
		logger.info("Profile '" + PROFILE + "': using the embedded Tencent Chat emulator at " + emulator.baseUrl()
				+ " (SDKAppID " + emulator.getSdkAppId() + "). Without this profile, set TENCENT_CHAT_SDK_APP_ID and "
				+ "TENCENT_CHAT_SECRET_KEY to use your real app.");
	}

	/**
	 * Once the sample's server listens, make the emulator call the sample back at its
	 * callback endpoint, with its token, when {@code tencent.chat.callback.enabled}.
	 */
	private static void callBack(ChatAdminEmulator emulator, WebServerInitializedEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		if (event.getApplicationContext().getServerNamespace() != null
				|| !environment.getProperty("tencent.chat.callback.enabled", Boolean.class, false)) {
			return;
		}
		String path = environment.getProperty("tencent.chat.callback.path", "/tencent-chat/callback");
		String token = environment.getProperty("tencent.chat.callback.token");
		URI url = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + path);
		emulator.callbacks(url, StringUtils.hasText(token) ? token : null);
		logger.info("Profile '" + PROFILE + "': the embedded emulator calls the sample back at " + url);
	}

}
