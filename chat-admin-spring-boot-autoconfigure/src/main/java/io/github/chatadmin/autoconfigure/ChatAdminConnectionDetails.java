package io.github.chatadmin.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details of the connection to the Tencent Cloud Chat REST API: where to send calls, and
 * as which app and admin. {@code tencent.chat.*} provides the default; a test emulator or
 * a Testcontainers {@code @ServiceConnection} can provide another without touching
 * properties. The auto-configuration reads the connection from this bean only.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public interface ChatAdminConnectionDetails extends ConnectionDetails {

	/**
	 * Return the base URL calls are sent to.
	 * @return the primary endpoint
	 */
	URI getEndpoint();

	/**
	 * Return the base URL calls fail over to when the primary cannot be reached.
	 * @return the backup endpoint, or {@code null} for none
	 */
	@Nullable URI getBackupEndpoint();

	/**
	 * Return the app's SDKAppID.
	 * @return the SDKAppID
	 */
	long getSdkAppId();

	/**
	 * Return the app admin account calls are made as.
	 * @return the admin account
	 */
	String getAdmin();

	/**
	 * Return the app's secret key, from which the admin UserSig is signed.
	 * @return the secret key, or {@code null} when the application provides a
	 * {@code UserSigProvider} instead
	 */
	@Nullable String getSecretKey();

}
