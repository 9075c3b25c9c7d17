package io.github.chatadmin.testcontainers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.github.chatadmin.autoconfigure.ChatAdminConnectionDetails;
import org.jspecify.annotations.Nullable;
import org.wiremock.integrations.testcontainers.WireMockContainer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * {@link ContainerConnectionDetailsFactory} that points the chat admin client at a
 * {@code @ServiceConnection}-annotated {@link WireMockContainer}: the endpoint is
 * {@code http://<container host>:<mapped port>}, with no backup endpoint. Registered in
 * {@code META-INF/spring.factories}; applications do not use it directly.
 * <p>
 * Each value of the app identity comes from the first of: the container's environment
 * ({@value #SDK_APP_ID_ENV}, {@value #ADMIN_ENV}, {@value #SECRET_KEY_ENV}), the
 * application's {@code tencent.chat.sdk-app-id}, {@code tencent.chat.admin} and
 * {@code tencent.chat.secret-key}, and the test values {@value #DEFAULT_SDK_APP_ID},
 * {@value #DEFAULT_ADMIN} and {@link #DEFAULT_SECRET_KEY}. WireMock checks no UserSig, so
 * the identity matters only to stubs that match the {@code sdkappid} or
 * {@code identifier} query parameters.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class WireMockChatAdminContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<WireMockContainer, ChatAdminConnectionDetails> {

	/**
	 * Name of the container environment variable that sets the SDKAppID.
	 */
	public static final String SDK_APP_ID_ENV = "TENCENT_CHAT_SDK_APP_ID";

	/**
	 * Name of the container environment variable that sets the admin account.
	 */
	public static final String ADMIN_ENV = "TENCENT_CHAT_ADMIN";

	/**
	 * Name of the container environment variable that sets the secret key.
	 */
	public static final String SECRET_KEY_ENV = "TENCENT_CHAT_SECRET_KEY";

	/**
	 * SDKAppID used when neither the container nor the properties set one.
	 */
	public static final long DEFAULT_SDK_APP_ID = 1400000000L;

	/**
	 * Admin account used when neither the container nor the properties set one.
	 */
	public static final String DEFAULT_ADMIN = "administrator";

	/**
	 * Secret key used when neither the container nor the properties set one: a fixed test
	 * value, since WireMock verifies no UserSig.
	 */
	public static final String DEFAULT_SECRET_KEY = "chat-admin-testcontainers-wiremock";

	/**
	 * Create a factory that serves any {@link WireMockContainer}, whatever its image
	 * name.
	 */
	public WireMockChatAdminContainerConnectionDetailsFactory() {
		super(ANY_CONNECTION_NAME, "org.wiremock.integrations.testcontainers.WireMockContainer");
	}

	@Override
	protected ChatAdminConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<WireMockContainer> source) {
		return new WireMockChatAdminConnectionDetails(source);
	}

	/**
	 * Return the base URL of a WireMock container: {@code http}, its host and the port
	 * mapped to WireMock's.
	 * @param host the container's host
	 * @param port the mapped port
	 * @return the base URL
	 * @throws IllegalStateException if the host is not a loopback host, to which alone
	 * the client sends plain {@code http}
	 */
	static URI endpoint(String host, int port) {
		if (!Loopback.isLoopback(host)) {
			throw new IllegalStateException("The WireMock container's host '" + host
					+ "' is not a loopback host, and the chat admin client sends plain http only to loopback hosts "
					+ "(127.0.0.0/8, ::1, localhost). Run the container on a local Docker engine, or point "
					+ "Testcontainers at it through localhost (TESTCONTAINERS_HOST_OVERRIDE=localhost with a "
					+ "port forward).");
		}
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		try {
			return new URI("http", null, bare, port, null, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("The WireMock container's address is not a valid URL", ex);
		}
	}

	/**
	 * Resolve the app identity of a WireMock container: each value from the container's
	 * environment, else from {@code tencent.chat.*}, else the test default.
	 * @param containerEnv the container's environment
	 * @param property the application's {@code tencent.chat.*} values by key
	 * ({@code sdk-app-id}, {@code admin}, {@code secret-key}); a function that returns
	 * {@code null} for a key that is not set
	 * @return the identity
	 */
	static Identity identity(Map<String, String> containerEnv, Function<String, @Nullable String> property) {
		String sdkAppId = first(containerEnv.get(SDK_APP_ID_ENV), property.apply("sdk-app-id"));
		String admin = first(containerEnv.get(ADMIN_ENV), property.apply("admin"));
		String secretKey = first(containerEnv.get(SECRET_KEY_ENV), property.apply("secret-key"));
		return new Identity((sdkAppId != null) ? parseSdkAppId(sdkAppId) : DEFAULT_SDK_APP_ID,
				(admin != null) ? admin : DEFAULT_ADMIN, (secretKey != null) ? secretKey : DEFAULT_SECRET_KEY);
	}

	private static @Nullable String first(@Nullable String containerValue, @Nullable String propertyValue) {
		if (containerValue != null && !containerValue.isBlank()) {
			return containerValue.trim();
		}
		if (propertyValue != null && !propertyValue.isBlank()) {
			return propertyValue.trim();
		}
		return null;
	}

	private static long parseSdkAppId(String value) {
		long sdkAppId = (value.matches("[0-9]{1,18}")) ? Long.parseLong(value) : 0;
		if (sdkAppId <= 0) {
			throw new IllegalStateException("The SDKAppID of the WireMock service connection (" + SDK_APP_ID_ENV
					+ " on the container, or tencent.chat.sdk-app-id) must be a positive number, but was '" + value
					+ "'");
		}
		return sdkAppId;
	}

	/**
	 * The app identity the client uses against a WireMock container.
	 *
	 * @param sdkAppId the SDKAppID
	 * @param admin the admin account
	 * @param secretKey the secret key UserSigs are signed with
	 */
	record Identity(long sdkAppId, String admin, String secretKey) {

		@Override
		public String toString() {
			return "Identity[sdkAppId=" + this.sdkAppId + ", admin=" + this.admin + ", secretKey=******]";
		}

	}

	/**
	 * {@link ChatAdminConnectionDetails} backed by a {@link ContainerConnectionSource}.
	 */
	static final class WireMockChatAdminConnectionDetails extends ContainerConnectionDetails<WireMockContainer>
			implements ChatAdminConnectionDetails, EnvironmentAware {

		private static final String PREFIX = "tencent.chat.";

		private volatile @Nullable Binder binder;

		private volatile @Nullable Identity identity;

		WireMockChatAdminConnectionDetails(ContainerConnectionSource<WireMockContainer> source) {
			super(source);
		}

		@Override
		public void setEnvironment(Environment environment) {
			this.binder = Binder.get(environment);
		}

		@Override
		public URI getEndpoint() {
			WireMockContainer container = getContainer();
			return endpoint(container.getHost(), container.getPort());
		}

		@Override
		public @Nullable URI getBackupEndpoint() {
			return null;
		}

		@Override
		public long getSdkAppId() {
			return identity().sdkAppId();
		}

		@Override
		public String getAdmin() {
			return identity().admin();
		}

		@Override
		public String getSecretKey() {
			return identity().secretKey();
		}

		private Identity identity() {
			Identity identity = this.identity;
			if (identity == null) {
				Binder binder = this.binder;
				identity = WireMockChatAdminContainerConnectionDetailsFactory.identity(getContainer().getEnvMap(),
						(key) -> (binder != null) ? binder.bind(PREFIX + key, String.class).orElse(null) : null);
				this.identity = identity;
			}
			return identity;
		}

		@Override
		public String toString() {
			return "WireMockChatAdminConnectionDetails[" + getOrigin() + "]";
		}

	}

	/**
	 * Loopback hosts, judged by their literal form without any name resolution.
	 */
	private static final class Loopback {

		private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

		private Loopback() {
		}

		static boolean isLoopback(String host) {
			String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
			return "localhost".equalsIgnoreCase(bare) || IPV4_LOOPBACK.matcher(bare).matches() || "::1".equals(bare)
					|| "0:0:0:0:0:0:0:1".equals(bare);
		}

	}

}
