package io.github.chatadmin.emulator;

/**
 * An error answer of the emulated service: an envelope with a non-zero {@code ErrorCode}.
 *
 * @author chat-admin
 */
final class EmulatorError extends RuntimeException {

	private final int code;

	EmulatorError(int code, String info) {
		super(info, null, false, false);
		this.code = code;
	}

	int code() {
		return this.code;
	}

	String info() {
		return getMessage();
	}

}
