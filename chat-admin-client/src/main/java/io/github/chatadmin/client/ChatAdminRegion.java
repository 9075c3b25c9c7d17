package io.github.chatadmin.client;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Data-center regions of Tencent Cloud Chat, each with the primary domain of its REST API
 * and, where the vendor documents one, a backup domain.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public enum ChatAdminRegion {

	/**
	 * China (the default region).
	 */
	CHINA("console.tim.qq.com", "adminapi.my-imcloud.com"),

	/**
	 * Singapore.
	 */
	SINGAPORE("adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"),

	/**
	 * Seoul.
	 */
	SEOUL("adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"),

	/**
	 * Tokyo (no backup domain documented).
	 */
	TOKYO("adminapijpn.im.qcloud.com", null),

	/**
	 * Frankfurt.
	 */
	FRANKFURT("adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"),

	/**
	 * Mumbai.
	 */
	MUMBAI("adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com"),

	/**
	 * Silicon Valley.
	 */
	SILICON_VALLEY("adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"),

	/**
	 * Jakarta.
	 */
	JAKARTA("adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com"),

	/**
	 * Riyadh (no backup domain documented).
	 */
	RIYADH("adminapiksa.im.qcloud.com", null);

	private final URI primaryEndpoint;

	private final @Nullable URI backupEndpoint;

	ChatAdminRegion(String primaryHost, @Nullable String backupHost) {
		this.primaryEndpoint = URI.create("https://" + primaryHost);
		this.backupEndpoint = (backupHost != null) ? URI.create("https://" + backupHost) : null;
	}

	/**
	 * Return the base URL of the region's primary domain.
	 * @return the primary endpoint
	 */
	public URI getPrimaryEndpoint() {
		return this.primaryEndpoint;
	}

	/**
	 * Return the base URL of the region's backup domain.
	 * @return the backup endpoint, or {@code null} when the vendor documents none
	 */
	public @Nullable URI getBackupEndpoint() {
		return this.backupEndpoint;
	}

}
