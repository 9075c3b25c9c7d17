package io.github.chatadmin.emulator;

import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One area of the emulated service (accounts, one-to-one messages, groups ...): the
 * commands it answers and the data it keeps for them. The {@link EmulatorDispatcher}
 * calls an area under its lock, one command at a time.
 *
 * @author chat-admin
 */
interface EmulatorArea {

	/**
	 * Return the commands this area answers, as {@code service/command}, each with the
	 * function that turns a request body into the answer's own fields.
	 * @return the commands
	 */
	Map<String, Function<JsonNode, ObjectNode>> commands();

	/**
	 * Forget an account that was deleted: drop it from whatever this area keeps.
	 * @param userId the deleted account
	 */
	default void forgetAccount(String userId) {
	}

	/**
	 * Forget a group that was dismissed: drop whatever this area keeps for it.
	 * @param groupId the dismissed group
	 */
	default void forgetGroup(String groupId) {
	}

	/**
	 * Clear all data of this area.
	 */
	void reset();

}
