package io.github.chatadmin.emulator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.github.chatadmin.emulator.EmulatorFields.array;
import static io.github.chatadmin.emulator.EmulatorFields.integer;
import static io.github.chatadmin.emulator.EmulatorFields.optionalTexts;
import static io.github.chatadmin.emulator.EmulatorFields.text;

/**
 * The operations area: app statistics ({@code openconfigsvr/getappinfo}, the last 30
 * days, counters written as strings as the vendor writes them, some beyond 32 bits), the
 * callback IP list ({@code ConfigSvc/GetIPList}), history-file links
 * ({@code open_msg_svc/get_history}: 1004 for an hour not over yet, 1005 for one more
 * than 7 days ago, 1002 for a malformed request) and chat files ({@code im_cos_msg}: ban,
 * allow, sign). The data is made up but plausible and stable for a given clock.
 *
 * @author chat-admin
 */
final class OperationsHandler implements EmulatorArea {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuuMMddHH");

	/**
	 * The statistics the emulator answers, each with a base value; the values of a day
	 * grow with the day.
	 */
	private static final Map<String, Long> STATS = stats();

	private final long sdkAppId;

	private final Clock clock;

	private final Set<String> bannedFiles = new LinkedHashSet<>();

	OperationsHandler(long sdkAppId, Clock clock) {
		this.sdkAppId = sdkAppId;
		this.clock = clock;
	}

	private static Map<String, Long> stats() {
		Map<String, Long> stats = new LinkedHashMap<>();
		stats.put("ActiveUserNum", 2014L);
		stats.put("RegistUserNumOneDay", 120L);
		stats.put("RegistUserNumTotal", 5_000_000_123L);
		stats.put("LoginTimes", 8_123L);
		stats.put("LoginUserNum", 2_001L);
		stats.put("UpMsgNum", 52_209L);
		stats.put("DownMsgNum", 11_869L);
		stats.put("SendMsgUserNum", 9L);
		stats.put("APNSMsgNum", 84L);
		stats.put("C2CUpMsgNum", 52_209L);
		stats.put("C2CDownMsgNum", 11_040L);
		stats.put("C2CSendMsgUserNum", 9L);
		stats.put("C2CAPNSMsgNum", 84L);
		stats.put("MaxOnlineNum", 1_201L);
		stats.put("ChainIncrease", 18L);
		stats.put("ChainDecrease", 16L);
		stats.put("GroupUpMsgNum", 4_300_000_000L);
		stats.put("GroupDownMsgNum", 829L);
		stats.put("GroupSendMsgUserNum", 12L);
		stats.put("GroupAPNSMsgNum", 0L);
		stats.put("GroupSendMsgGroupNum", 5_189L);
		stats.put("GroupJoinGroupTimes", 121_438L);
		stats.put("GroupQuitGroupTimes", 108_292L);
		stats.put("GroupNewGroupNum", 35_904L);
		stats.put("GroupAllGroupNum", 41_913L);
		stats.put("GroupDestroyGroupNum", 35_019L);
		stats.put("CallBackReq", 73_069L);
		stats.put("CallBackRsp", 72_902L);
		return stats;
	}

	@Override
	public Map<String, Function<JsonNode, ObjectNode>> commands() {
		Map<String, Function<JsonNode, ObjectNode>> commands = new LinkedHashMap<>();
		commands.put("openconfigsvr/getappinfo", this::appInfo);
		commands.put("ConfigSvc/GetIPList", this::ipList);
		commands.put("open_msg_svc/get_history", this::historyFiles);
		commands.put("im_cos_msg/forbid_illegal_object", (body) -> file(body, true));
		commands.put("im_cos_msg/allow_banned_object", (body) -> file(body, false));
		commands.put("im_cos_msg/get_cos_sig", this::sign);
		return commands;
	}

	@Override
	public void reset() {
		this.bannedFiles.clear();
	}

	private ObjectNode appInfo(JsonNode body) {
		List<String> fields = optionalTexts(body, "RequestField", 90001, 100);
		LocalDate today = LocalDateTime.ofEpochSecond(this.clock.millis() / 1000, 0, ZoneOffset.UTC).toLocalDate();
		ArrayNode result = json.arrayNode();
		for (int day = 1; day <= 30; day++) {
			LocalDate date = today.minusDays(day);
			ObjectNode stats = result.addObject();
			if (fields.isEmpty()) {
				stats.put("AppId", Long.toString(this.sdkAppId))
					.put("AppName", "chat-admin emulator")
					.put("Company", "chat-admin");
			}
			for (Map.Entry<String, Long> stat : STATS.entrySet()) {
				if (fields.isEmpty() || fields.contains(stat.getKey())) {
					stats.put(stat.getKey(), Long.toString(stat.getValue() + (30 - day)));
				}
			}
			stats.put("Date", DAY.format(date));
		}
		ObjectNode answer = json.objectNode();
		answer.set("Result", result);
		return answer;
	}

	private ObjectNode ipList(JsonNode body) {
		ObjectNode answer = json.objectNode();
		answer.putArray("IPList").add("127.0.0.1").add("127.0.0.0/8");
		return answer;
	}

	private ObjectNode historyFiles(JsonNode body) {
		String chatType = text(body, "ChatType", 1002);
		if (!chatType.equals("C2C") && !chatType.equals("Group")) {
			throw new EmulatorError(1002, "'ChatType' must be C2C or Group");
		}
		String hour = text(body, "MsgTime", 1002);
		LocalDateTime time;
		try {
			time = LocalDateTime.parse(hour + "0000", DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
		}
		catch (DateTimeParseException ex) {
			throw new EmulatorError(1002, "'MsgTime' must be an hour written YYYYMMDDHH");
		}
		LocalDateTime now = LocalDateTime.ofEpochSecond(this.clock.millis() / 1000, 0, ZoneOffset.UTC);
		if (!time.plusHours(1).isBefore(now.plusSeconds(1))) {
			throw new EmulatorError(1004, "the history file of " + hour + " is not generated yet");
		}
		if (time.isBefore(now.minusDays(7))) {
			throw new EmulatorError(1005, "the history file of " + hour + " is expired (older than 7 days)");
		}
		ObjectNode answer = json.objectNode();
		ArrayNode files = answer.putArray("File");
		files.addObject()
			.put("URL",
					"https://download.invalid/msg_history/" + this.sdkAppId + "/" + chatType + "/" + HOUR.format(time)
							+ ".gz")
			.put("ExpireTime", time.plusDays(1).format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")))
			.put("FileSize", 5_000_000_000L)
			.put("FileMD5", "00000000000000000000000000000000")
			.put("GzipSize", 1_815L)
			.put("GzipMD5", "00000000000000000000000000000000");
		return answer;
	}

	private ObjectNode file(JsonNode body, boolean ban) {
		String url = text(body, "RawURL", 90001);
		if (!url.startsWith("https://") && !url.startsWith("http://")) {
			throw new EmulatorError(90001, "'RawURL' must be the URL of an uploaded file");
		}
		if (ban) {
			this.bannedFiles.add(url);
		}
		else {
			this.bannedFiles.remove(url);
		}
		return json.objectNode();
	}

	private ObjectNode sign(JsonNode body) {
		JsonNode files = array(body, "RawURLs", 90001, Integer.MAX_VALUE, 90001);
		ObjectNode answer = json.objectNode();
		ArrayNode signed = answer.putArray("PreSigURLs");
		for (JsonNode file : files) {
			long id = integer(file, "ResourceID", Long.MIN_VALUE, Long.MAX_VALUE, 90001);
			String url = text(file, "RawURL", 90001);
			signed.addObject()
				.put("Code", 0)
				.put("Desc", "")
				.put("ResourceID", id)
				.put("PreSigURL", url + (url.contains("?") ? "&" : "?") + "sign=emulator");
		}
		return answer;
	}

}
