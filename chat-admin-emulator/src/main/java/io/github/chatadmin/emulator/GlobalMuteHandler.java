package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.MAX_UNSIGNED_32;
import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.text;

/**
 * The global mute area ({@code openconfigsvr/setnospeaking}, {@code getnospeaking}):
 * keeps when each user's app-wide one-to-one and group mutes end, which the message areas
 * ask before a send. Like the vendor's, its answers carry no {@code ActionStatus} of
 * their own (the envelope the emulator adds does).
 *
 * @author chat-admin
 */
final class GlobalMuteHandler implements EmulatorArea {

	/**
	 * The code a one-to-one send of a globally muted user gets.
	 */
	static final int C2C_MUTED = 20012;

	/**
	 * The code a group send of a globally muted user gets.
	 */
	static final int GROUP_MUTED = 10017;

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private final AccountHandler accounts;

	private final Clock clock;

	private final Map<String, Long> c2cUntil = new HashMap<>();

	private final Map<String, Long> groupUntil = new HashMap<>();

	GlobalMuteHandler(AccountHandler accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("openconfigsvr/setnospeaking", this::set, "openconfigsvr/getnospeaking", this::get);
	}

	@Override
	public void reset() {
		this.c2cUntil.clear();
		this.groupUntil.clear();
	}

	@Override
	public void forgetAccount(String userId) {
		this.c2cUntil.remove(userId);
		this.groupUntil.remove(userId);
	}

	/**
	 * Refuse a one-to-one send of a globally muted user with the vendor's 20012.
	 * @param userId the sender
	 */
	void refuseOneToOne(String userId) {
		if (remaining(this.c2cUntil, userId) > 0) {
			throw new EmulatorError(C2C_MUTED, userId + " is globally muted for one-to-one messages");
		}
	}

	/**
	 * Refuse a group send of a globally muted user with the vendor's 10017.
	 * @param userId the sender
	 */
	void refuseGroup(String userId) {
		if (remaining(this.groupUntil, userId) > 0) {
			throw new EmulatorError(GROUP_MUTED, userId + " is globally muted for group messages");
		}
	}

	private long now() {
		return this.clock.millis() / 1000;
	}

	private long remaining(Map<String, Long> until, String userId) {
		Long end = until.get(userId);
		if (end == null) {
			return 0;
		}
		if (end == Long.MAX_VALUE) {
			return MAX_UNSIGNED_32;
		}
		return Math.max(0, end - now());
	}

	private void mute(Map<String, Long> until, String userId, long seconds) {
		if (seconds < 0) {
			return;
		}
		if (seconds == 0) {
			until.remove(userId);
		}
		else {
			until.put(userId, (seconds == MAX_UNSIGNED_32) ? Long.MAX_VALUE : now() + seconds);
		}
	}

	private ObjectNode set(JsonNode body) {
		String userId = text(body, "Set_Account", 90001);
		this.accounts.require(userId, 70107, "Set_Account");
		long c2c = optionalInteger(body, "C2CmsgNospeakingTime", 0, MAX_UNSIGNED_32, -1, 90001);
		long group = optionalInteger(body, "GroupmsgNospeakingTime", 0, MAX_UNSIGNED_32, -1, 90001);
		if (c2c < 0 && group < 0) {
			throw new EmulatorError(90001, "'C2CmsgNospeakingTime' or 'GroupmsgNospeakingTime' must be set");
		}
		mute(this.c2cUntil, userId, c2c);
		mute(this.groupUntil, userId, group);
		return json.objectNode();
	}

	private ObjectNode get(JsonNode body) {
		String userId = text(body, "Get_Account", 90001);
		this.accounts.require(userId, 70107, "Get_Account");
		return json.objectNode()
			.put("C2CmsgNospeakingTime", remaining(this.c2cUntil, userId))
			.put("GroupmsgNospeakingTime", remaining(this.groupUntil, userId));
	}

}
