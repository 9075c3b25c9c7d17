package io.github.chatadmin.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.optionalInteger;
import static io.github.chatadmin.emulator.EmulatorFields.optionalText;
import static io.github.chatadmin.emulator.EmulatorFields.text;
import static io.github.chatadmin.emulator.EmulatorFields.texts;
import static io.github.chatadmin.emulator.EmulatorFields.userIdItems;
import static io.github.chatadmin.emulator.EmulatorFields.utf8Length;

/**
 * The accounts area: imports, checks, deletes and kicks accounts and answers their online
 * status. It keeps the accounts and their profile fields, which the other areas look up.
 *
 * @author chat-admin
 */
final class AccountHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final int MAX_USER_ID_BYTES = 32;

	private final Map<String, Map<String, JsonNode>> accounts = new LinkedHashMap<>();

	private final Consumer<String> onDelete;

	AccountHandler(Consumer<String> onDelete) {
		this.onDelete = onDelete;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		return Map.of("im_open_login_svc/account_import", this::accountImport, "im_open_login_svc/multiaccount_import",
				this::multiAccountImport, "im_open_login_svc/account_check", this::accountCheck,
				"im_open_login_svc/account_delete", this::accountDelete, "im_open_login_svc/kick", this::kick,
				"openim/query_online_status", this::queryOnlineStatus);
	}

	@Override
	public void reset() {
		this.accounts.clear();
	}

	boolean exists(String userId) {
		return this.accounts.containsKey(userId);
	}

	/**
	 * Return an account's profile fields, failing when it does not exist.
	 * @param userId the account
	 * @param code the error code to answer when it does not exist
	 * @param field the request field that named it
	 * @return the profile fields, by tag, which the caller may change
	 */
	Map<String, JsonNode> require(String userId, int code, String field) {
		Map<String, JsonNode> profile = this.accounts.get(userId);
		if (profile == null) {
			throw new EmulatorError(code, "'" + field + "' " + userId + " does not exist");
		}
		return profile;
	}

	@Nullable Map<String, JsonNode> profile(String userId) {
		return this.accounts.get(userId);
	}

	private static boolean validUserId(String userId) {
		return !userId.isEmpty() && utf8Length(userId) <= MAX_USER_ID_BYTES;
	}

	private void importAccount(String userId, @Nullable String nick, @Nullable String faceUrl) {
		Map<String, JsonNode> profile = this.accounts.computeIfAbsent(userId, (id) -> new LinkedHashMap<>());
		if (nick != null) {
			profile.put("Tag_Profile_IM_Nick", json.stringNode(nick));
		}
		if (faceUrl != null) {
			profile.put("Tag_Profile_IM_Image", json.stringNode(faceUrl));
		}
	}

	private ObjectNode accountImport(JsonNode body) {
		String userId = text(body, "UserID", 70402);
		if (!validUserId(userId)) {
			throw new EmulatorError(70402, "'UserID' must be at most 32 bytes");
		}
		importAccount(userId, optionalText(body, "Nick", 70402), optionalText(body, "FaceUrl", 70402));
		return json.objectNode();
	}

	private ObjectNode multiAccountImport(JsonNode body) {
		List<String> userIds = new ArrayList<>();
		Map<String, JsonNode> details = new HashMap<>();
		if (body.has("AccountList")) {
			for (String id : userIdItems(body, "AccountList", 100)) {
				userIds.add(id);
			}
			for (JsonNode item : body.get("AccountList")) {
				details.put(item.get("UserID").stringValue(), item);
			}
		}
		else {
			userIds.addAll(texts(body, "Accounts", 70402, 100, 70402));
		}
		ArrayNode failed = json.arrayNode();
		for (String userId : userIds) {
			if (!validUserId(userId)) {
				failed.add(userId);
				continue;
			}
			JsonNode detail = details.get(userId);
			importAccount(userId, (detail != null) ? optionalText(detail, "Nick", 70402) : null,
					(detail != null) ? optionalText(detail, "FaceUrl", 70402) : null);
		}
		ObjectNode result = json.objectNode();
		result.set("FailAccounts", failed);
		return result;
	}

	private ObjectNode accountCheck(JsonNode body) {
		ArrayNode items = json.arrayNode();
		for (String userId : userIdItems(body, "CheckItem", 100)) {
			items.addObject()
				.put("UserID", userId)
				.put("ResultCode", 0)
				.put("ResultInfo", "")
				.put("AccountStatus", this.accounts.containsKey(userId) ? "Imported" : "NotImported");
		}
		ObjectNode result = json.objectNode();
		result.set("ResultItem", items);
		return result;
	}

	private ObjectNode accountDelete(JsonNode body) {
		ArrayNode items = json.arrayNode();
		for (String userId : userIdItems(body, "DeleteItem", 100)) {
			boolean existed = this.accounts.remove(userId) != null;
			if (existed) {
				this.onDelete.accept(userId);
			}
			items.addObject()
				.put("ResultCode", existed ? 0 : 70107)
				.put("ResultInfo", existed ? "" : "Err_TLS_PT_Open_Login_Account_Not_Exist")
				.put("UserID", userId);
		}
		ObjectNode result = json.objectNode();
		result.set("ResultItem", items);
		return result;
	}

	private ObjectNode kick(JsonNode body) {
		require(text(body, "UserID", 70402), 70107, "UserID");
		return json.objectNode();
	}

	private ObjectNode queryOnlineStatus(JsonNode body) {
		List<String> userIds = texts(body, "To_Account", 90001, 500, 90011);
		boolean detail = optionalInteger(body, "IsNeedDetail", Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 90001) == 1;
		ArrayNode found = json.arrayNode();
		ArrayNode errors = json.arrayNode();
		for (String userId : userIds) {
			if (this.accounts.containsKey(userId)) {
				ObjectNode status = found.addObject().put("To_Account", userId).put("Status", "Offline");
				if (detail) {
					status.putArray("Detail");
				}
			}
			else {
				errors.addObject().put("To_Account", userId).put("ErrorCode", 70107);
			}
		}
		ObjectNode result = json.objectNode();
		result.set("QueryResult", found);
		result.set("ErrorList", errors);
		return result;
	}

}
