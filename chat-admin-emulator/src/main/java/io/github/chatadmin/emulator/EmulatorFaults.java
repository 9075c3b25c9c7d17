package io.github.chatadmin.emulator;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Faults the emulator injects, per command ({@code service/command}) or for every command
 * ({@link #ALL_COMMANDS}): a delay before answering, error codes, HTTP 502, or closing
 * the connection without an answer, each for the next N calls.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class EmulatorFaults {

	/**
	 * Stands for every command.
	 */
	public static final String ALL_COMMANDS = "*";

	private final Map<String, Duration> delays = new ConcurrentHashMap<>();

	private final Map<String, Planned> planned = new ConcurrentHashMap<>();

	EmulatorFaults() {
	}

	/**
	 * Delay every answer to a command.
	 * @param command {@code service/command}, or {@link #ALL_COMMANDS}
	 * @param delay the delay, or {@link Duration#ZERO} to stop delaying
	 * @return these faults
	 */
	public EmulatorFaults delay(String command, Duration delay) {
		if (delay.isZero()) {
			this.delays.remove(command);
		}
		else {
			this.delays.put(command, delay);
		}
		return this;
	}

	/**
	 * Answer the next {@code count} calls of a command with an error envelope.
	 * @param command {@code service/command}, or {@link #ALL_COMMANDS}
	 * @param count how many calls
	 * @param errorCode the {@code ErrorCode} to answer
	 * @return these faults
	 */
	public EmulatorFaults failNext(String command, int count, int errorCode) {
		this.planned.put(command, new Planned(Kind.ERROR_CODE, errorCode, count));
		return this;
	}

	/**
	 * Answer the next {@code count} calls of a command with HTTP 502 and an HTML body.
	 * @param command {@code service/command}, or {@link #ALL_COMMANDS}
	 * @param count how many calls
	 * @return these faults
	 */
	public EmulatorFaults badGatewayNext(String command, int count) {
		this.planned.put(command, new Planned(Kind.BAD_GATEWAY, 502, count));
		return this;
	}

	/**
	 * Close the connection without answering the next {@code count} calls of a command.
	 * @param command {@code service/command}, or {@link #ALL_COMMANDS}
	 * @param count how many calls
	 * @return these faults
	 */
	public EmulatorFaults closeNext(String command, int count) {
		this.planned.put(command, new Planned(Kind.CLOSE, 0, count));
		return this;
	}

	/**
	 * Remove every fault.
	 */
	public void clear() {
		this.delays.clear();
		this.planned.clear();
	}

	@Nullable Duration delayFor(String command) {
		Duration delay = this.delays.get(command);
		return (delay != null) ? delay : this.delays.get(ALL_COMMANDS);
	}

	@Nullable Planned take(String command) {
		Planned fault = take(this.planned.get(command));
		return (fault != null) ? fault : take(this.planned.get(ALL_COMMANDS));
	}

	private static @Nullable Planned take(@Nullable Planned planned) {
		return (planned != null && planned.remaining.getAndDecrement() > 0) ? planned : null;
	}

	enum Kind {

		ERROR_CODE, BAD_GATEWAY, CLOSE

	}

	static final class Planned {

		final Kind kind;

		final int code;

		final AtomicInteger remaining;

		Planned(Kind kind, int code, int count) {
			this.kind = kind;
			this.code = code;
			this.remaining = new AtomicInteger(count);
		}

	}

}
