package io.github.chatadmin.emulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The per-user results of the relationship commands ({@code sns/*}): a {@code ResultItem}
 * per target and the failed targets in {@code Fail_Account}, as the friend and blocklist
 * handlers answer them; and the acting user ({@code From_Account}) the friend, blocklist
 * and follow handlers read.
 *
 * @author chat-admin
 */
final class RelationResults {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private RelationResults() {
	}

	/**
	 * Read the acting user of a relationship command, which must be an existing account.
	 * @param body the request
	 * @param accounts the accounts
	 * @return the user ({@code From_Account})
	 * @throws EmulatorError 30001 when the field is missing or not a string, 30003 when
	 * the account does not exist
	 */
	static String from(JsonNode body, AccountHandler accounts) {
		String from = EmulatorFields.text(body, "From_Account", 30001);
		accounts.require(from, 30003, "From_Account");
		return from;
	}

	/**
	 * Return the answer's fields.
	 * @param items the result items
	 * @param failed the targets that failed
	 * @return the answer's fields
	 */
	static ObjectNode results(ArrayNode items, ArrayNode failed) {
		ObjectNode result = json.objectNode();
		result.set("ResultItem", items);
		if (!failed.isEmpty()) {
			result.set("Fail_Account", failed);
		}
		return result.put("ErrorDisplay", "");
	}

	/**
	 * Add the result of one target.
	 * @param items the result items
	 * @param failed the targets that failed, to which a non-zero code adds this one
	 * @param to the target
	 * @param code the result code
	 * @param info the result info
	 */
	static void item(ArrayNode items, ArrayNode failed, String to, int code, String info) {
		items.addObject().put("To_Account", to).put("ResultCode", code).put("ResultInfo", info);
		if (code != 0) {
			failed.add(to);
		}
	}

}
