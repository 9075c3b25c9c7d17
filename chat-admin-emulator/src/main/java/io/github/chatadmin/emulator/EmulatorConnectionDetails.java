package io.github.chatadmin.emulator;

import java.net.URI;

import io.github.chatadmin.autoconfigure.ChatAdminConnectionDetails;
import org.jspecify.annotations.Nullable;

/**
 * The connection to an emulator, as the starter's {@link ChatAdminConnectionDetails}.
 *
 * @author chat-admin
 */
final class EmulatorConnectionDetails implements ChatAdminConnectionDetails {

	private final ChatAdminEmulator emulator;

	EmulatorConnectionDetails(ChatAdminEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public URI getEndpoint() {
		return URI.create(this.emulator.baseUrl());
	}

	@Override
	public @Nullable URI getBackupEndpoint() {
		return null;
	}

	@Override
	public long getSdkAppId() {
		return this.emulator.getSdkAppId();
	}

	@Override
	public String getAdmin() {
		return this.emulator.getAdmin();
	}

	@Override
	public String getSecretKey() {
		return this.emulator.getSecretKey();
	}

	@Override
	public String toString() {
		return "EmulatorConnectionDetails[" + this.emulator.baseUrl() + ", sdkAppId=" + this.emulator.getSdkAppId()
				+ "]";
	}

}
