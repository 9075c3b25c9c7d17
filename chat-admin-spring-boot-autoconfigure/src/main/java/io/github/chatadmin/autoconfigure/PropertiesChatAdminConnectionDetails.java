package io.github.chatadmin.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * {@link ChatAdminConnectionDetails} from {@code tencent.chat.*}: the endpoint and backup
 * endpoint set, or else the region's domains.
 *
 * @author chat-admin
 */
class PropertiesChatAdminConnectionDetails implements ChatAdminConnectionDetails {

	private final ChatAdminProperties properties;

	PropertiesChatAdminConnectionDetails(ChatAdminProperties properties) {
		this.properties = properties;
	}

	@Override
	public URI getEndpoint() {
		URI endpoint = ChatAdminSettings.endpoint(this.properties.getEndpoint(), "endpoint");
		return (endpoint != null) ? endpoint : this.properties.getRegion().getPrimaryEndpoint();
	}

	@Override
	public @Nullable URI getBackupEndpoint() {
		URI backup = ChatAdminSettings.endpoint(this.properties.getBackupEndpoint(), "backup-endpoint");
		if (backup != null) {
			return backup;
		}
		return (this.properties.getEndpoint() == null) ? this.properties.getRegion().getBackupEndpoint() : null;
	}

	@Override
	public long getSdkAppId() {
		return ChatAdminSettings.sdkAppId(this.properties);
	}

	@Override
	public String getAdmin() {
		return ChatAdminSettings.admin(this.properties);
	}

	@Override
	public @Nullable String getSecretKey() {
		return this.properties.getSecretKey();
	}

	@Override
	public String toString() {
		return "PropertiesChatAdminConnectionDetails[sdkAppId=" + this.properties.getSdkAppId() + ", admin="
				+ this.properties.getAdmin() + ", secretKey=" + ((getSecretKey() != null) ? "masked" : "none") + "]";
	}

}
