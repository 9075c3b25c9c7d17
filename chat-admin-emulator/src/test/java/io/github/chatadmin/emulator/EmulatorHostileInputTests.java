package io.github.chatadmin.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import com.tencentyun.TLSSigAPIv2;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formed but unusual input never makes the emulator fail: every answer is HTTP 200
 * with the vendor's envelope, an error code when the vendor would refuse the request.
 */
class EmulatorHostileInputTests {

	static final long APP = 1400000123L;

	static final String KEY = "emulator-hostile-input-key";

	static final String SIG = new TLSSigAPIv2(APP, KEY).genUserSig("administrator", 86400);

	static final JsonMapper mapper = JsonMapper.builder().build();

	static final JsonNodeFactory json = JsonNodeFactory.instance;

	static final HttpClient http = HttpClient.newHttpClient();

	static ChatAdminEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = ChatAdminEmulator.builder().sdkAppId(APP).secretKey(KEY).build().start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void seed() throws Exception {
		emulator.reset();
		ok("im_open_login_svc/multiaccount_import", "{\"Accounts\":[\"alice\",\"bob\",\"carol\"]}");
		ok("group_open_http_svc/create_group",
				"{\"Owner_Account\":\"alice\",\"Type\":\"Public\",\"Name\":\"seed\",\"GroupId\":\"seed\","
						+ "\"MemberList\":[{\"Member_Account\":\"bob\"}]}");
		ok("openim/sendmsg",
				"{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgRandom\":1,\"MsgBody\":" + TEXT_BODY + "}");
		ok("group_open_http_svc/send_group_msg",
				"{\"GroupId\":\"seed\",\"From_Account\":\"bob\",\"Random\":1,\"MsgBody\":" + TEXT_BODY + "}");
		ok("group_open_http_svc/send_group_msg", "{\"GroupId\":\"seed\",\"From_Account\":\"alice\",\"Random\":2,"
				+ "\"SupportMessageExtension\":1,\"MsgBody\":" + TEXT_BODY + "}");
		ok("group_open_http_svc/create_group",
				"{\"Owner_Account\":\"alice\",\"Type\":\"Community\","
						+ "\"Name\":\"c\",\"GroupId\":\"@TGS#_seedc\",\"SupportTopic\":1,"
						+ "\"MemberList\":[{\"Member_Account\":\"bob\"}]}");
		ok("million_group_open_http_svc/create_topic",
				"{\"GroupId\":\"@TGS#_seedc\",\"TopicId\":\"@TGS#_seedc@TOPIC#_t\",\"TopicName\":\"t\"}");
		ok("group_open_http_svc/create_permission_group",
				"{\"GroupId\":\"@TGS#_seedc\",\"PermissionGroupId\":\"@PMG#_p\",\"PermissionGroupName\":\"p\"}");
		ok("sns/friend_add", "{\"From_Account\":\"alice\",\"ForceAddFlags\":1,\"AddFriendItem\":[{\"To_Account\":"
				+ "\"bob\",\"AddSource\":\"AddSource_Type_Test\"}]}");
		ok("sns/group_add", "{\"From_Account\":\"alice\",\"GroupName\":[\"team\"]}");
		ok("sns/black_list_add", "{\"From_Account\":\"carol\",\"To_Account\":[\"bob\"]}");
		ok("follow/follow_add", "{\"From_Account\":\"alice\",\"FollowItem\":[{\"To_Account\":\"bob\"}]}");
		ok("recentcontact/create_contact_group", "{\"From_Account\":\"alice\",\"GroupContactItem\":[{"
				+ "\"GroupName\":\"seed\",\"ContactItem\":[{\"Type\":1,\"To_Account\":\"bob\"}]}]}");
		seedReach();
	}

	private static void seedReach() throws Exception {
		ok("official_account_open_http_svc/create_official_account",
				"{\"OfficialAccountUserID\":\"@TOA#_seed\",\"Owner_Account\":\"alice\",\"Name\":\"seed\"}");
		ok("official_account_open_http_svc/add_subscriber",
				"{\"Official_Account\":\"@TOA#_seed\",\"SubscriberList\":[{\"Subscriber_Account\":\"bob\"}]}");
		ok("official_account_open_http_svc/send_official_account_msg",
				"{\"Official_Account\":\"@TOA#_seed\",\"Random\":1,\"MsgBody\":" + TEXT_BODY + "}");
		ok("timpush/set_attr_name", "{\"AttrNames\":{\"0\":\"city\"}}");
		ok("timpush/add_sched_task", "{\"Sdkappid\":1400000000,\"Type\":\"All\",\"SchedAt\":"
				+ "\"2030-01-01 10:00:00\",\"Content\":{\"OfflinePushInfo\":{\"Title\":\"t\",\"Desc\":\"d\"}}}");
	}

	static final String TEXT_BODY = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]";

	/**
	 * A valid request body of every command the emulator models; the corpus is made by
	 * spoiling each of its values in turn.
	 */
	static final Map<String, String> VALID = validBodies();

	private static Map<String, String> validBodies() {
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("im_open_login_svc/account_import", "{\"UserID\":\"dave\",\"Nick\":\"D\",\"FaceUrl\":\"http://x\"}");
		bodies.put("im_open_login_svc/multiaccount_import",
				"{\"AccountList\":[{\"UserID\":\"erin\",\"Nick\":\"E\",\"FaceUrl\":\"http://e\"}],"
						+ "\"Accounts\":[\"frank\"]}");
		bodies.put("im_open_login_svc/account_check", "{\"CheckItem\":[{\"UserID\":\"alice\"}]}");
		bodies.put("im_open_login_svc/account_delete", "{\"DeleteItem\":[{\"UserID\":\"nobody\"}]}");
		bodies.put("im_open_login_svc/kick", "{\"UserID\":\"alice\"}");
		bodies.put("openim/query_online_status", "{\"To_Account\":[\"alice\",\"ghost\"],\"IsNeedDetail\":1}");
		bodies.put("profile/portrait_set", "{\"From_Account\":\"alice\",\"ProfileItem\":[{\"Tag\":"
				+ "\"Tag_Profile_IM_Nick\",\"Value\":\"A\"}]}");
		bodies.put("profile/portrait_get",
				"{\"To_Account\":[\"alice\",\"ghost\"],\"TagList\":[\"Tag_Profile_IM_Nick\"]}");
		bodies.put("openim/sendmsg", "{\"SyncOtherMachine\":2,\"From_Account\":\"alice\",\"To_Account\":\"bob\","
				+ "\"MsgSeq\":7,\"MsgRandom\":7,\"MsgBody\":" + TEXT_BODY + "}");
		bodies.put("openim/batchsendmsg", "{\"From_Account\":\"alice\",\"To_Account\":[\"bob\",\"ghost\"],"
				+ "\"MsgSeq\":8,\"MsgRandom\":8,\"MsgBody\":" + TEXT_BODY + "}");
		bodies.put("openim/admin_getroammsg", "{\"Operator_Account\":\"alice\",\"Peer_Account\":\"bob\","
				+ "\"MaxCnt\":10,\"MinTime\":0,\"MaxTime\":4102444800,\"LastMsgKey\":\"1_1_1\"}");
		bodies.put("openim/admin_msgwithdraw",
				"{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgKey\":\"1_1_1\"}");
		bodies.put("openim/importmsg",
				"{\"SyncFromOldSystem\":2,\"From_Account\":\"alice\",\"To_Account\":\"bob\","
						+ "\"MsgSeq\":3,\"MsgRandom\":3,\"MsgTimeStamp\":1556178721,\"MsgBody\":" + TEXT_BODY
						+ ",\"CloudCustomData\":\"c\"}");
		bodies.put("openim/admin_set_msg_read",
				"{\"Report_Account\":\"bob\",\"Peer_Account\":\"alice\",\"MsgReadTime\":\"1556178721\"}");
		bodies.put("openim/get_c2c_unread_msg_num", "{\"To_Account\":\"bob\",\"Peer_Account\":[\"alice\",\"ghost\"]}");
		bodies.put("openim/modify_c2c_msg", "{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgKey\":\"1_1_1\","
				+ "\"MsgBody\":" + TEXT_BODY + ",\"CloudCustomData\":\"c\"}");
		bodies.put("openim/delete_c2c_msg_ramble",
				"{\"Operator_Account\":\"bob\",\"Peer_Account\":\"alice\",\"MsgKeyList\":[\"1_1_1\"]}");
		bodies.put("openim/c2c_msg_read_receipt", "{\"Operator_Account\":\"bob\",\"Peer_Account\":\"alice\","
				+ "\"C2CMsgInfo\":[{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgKey\":\"1_1_1\"}]}");
		bodies.put("openim_msg_ext_http_svc/get_key_values",
				"{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgKey\":\"1_1_1\",\"StartSeq\":0}");
		bodies.put("openim_msg_ext_http_svc/set_key_values", "{\"From_Account\":\"alice\",\"To_Account\":\"bob\","
				+ "\"MsgKey\":\"1_1_1\",\"OperateType\":1,\"ExtensionList\":[{\"Key\":\"k\",\"Value\":\"v\",\"Seq\":0}]}");
		bodies.put("stream_msg/send_c2c_stream_msg", "{\"From_Account\":\"alice\",\"To_Account\":\"bob\","
				+ "\"MsgRandom\":4,\"MsgBody\":[{\"MsgType\":\"TIMStreamElem\",\"MsgContent\":{\"CompatibleText\":\"t\","
				+ "\"Chunks\":[{\"EventType\":\"data\",\"Index\":1,\"Markdown\":\"m\",\"IsLast\":true}]}}]}");
		bodies.put("group_open_http_svc/create_group", "{\"Owner_Account\":\"alice\",\"Type\":\"Public\","
				+ "\"Name\":\"g\",\"GroupId\":\"other\",\"MemberList\":[{\"Member_Account\":\"bob\"}]}");
		bodies.put("group_open_http_svc/destroy_group", "{\"GroupId\":\"nosuch\"}");
		bodies.put("group_open_http_svc/get_appid_group_list", "{\"Limit\":10,\"Next\":0,\"GroupType\":\"Public\"}");
		bodies.put("group_open_http_svc/get_group_info", "{\"GroupIdList\":[\"seed\",\"nosuch\"]}");
		bodies.put("group_open_http_svc/add_group_member",
				"{\"GroupId\":\"seed\",\"MemberList\":[{\"Member_Account\":\"carol\"}]}");
		bodies.put("group_open_http_svc/delete_group_member",
				"{\"GroupId\":\"seed\",\"MemberToDel_Account\":[\"carol\"]}");
		bodies.put("group_open_http_svc/get_group_member_info", "{\"GroupId\":\"seed\",\"Limit\":10,\"Offset\":0}");
		bodies.put("group_open_http_svc/send_group_msg", "{\"GroupId\":\"seed\",\"From_Account\":\"alice\","
				+ "\"Random\":9,\"MsgPriority\":\"High\",\"MsgBody\":" + TEXT_BODY + ",\"CloudCustomData\":\"c\","
				+ "\"SupportMessageExtension\":1,\"OnlineOnlyFlag\":0,\"SendMsgControl\":[\"NoLastMsg\"],"
				+ "\"ForbidCallbackControl\":[\"ForbidBeforeSendMsgCallback\"],\"OfflinePushInfo\":{\"PushFlag\":0,"
				+ "\"Desc\":\"d\"},\"To_Account\":[\"bob\"],\"GroupAtInfo\":[{\"GroupAtAllFlag\":0,"
				+ "\"GroupAt_Account\":\"bob\"}]}");
		bodies.put("group_open_http_svc/send_group_system_notification",
				"{\"GroupId\":\"seed\",\"ToMembers_Account\":[\"bob\"],\"Content\":\"hello\"}");
		bodies.put("group_open_http_svc/group_msg_recall", "{\"GroupId\":\"seed\",\"MsgSeqList\":[{\"MsgSeq\":1}]}");
		bodies.put("group_open_http_svc/import_group_msg",
				"{\"GroupId\":\"seed\",\"RecentContactFlag\":1,\"MsgList\":[{\"From_Account\":\"alice\","
						+ "\"SendTime\":1620808101,\"Random\":5,\"MsgBody\":" + TEXT_BODY + "}]}");
		bodies.put("group_open_http_svc/delete_group_msg_by_sender",
				"{\"GroupId\":\"seed\",\"Sender_Account\":\"bob\"}");
		bodies.put("group_open_http_svc/group_msg_get_simple",
				"{\"GroupId\":\"seed\",\"ReqMsgNumber\":5,\"ReqMsgSeq\":1,\"WithRecalledMsg\":1}");
		bodies.put("group_open_http_svc/clear_group_msg", "{\"GroupId\":\"seed\",\"MsgSeq\":1}");
		bodies.put("group_open_http_svc/send_broadcast_msg", "{\"From_Account\":\"alice\",\"Random\":3,"
				+ "\"MsgBody\":" + TEXT_BODY + ",\"CloudCustomData\":\"c\"}");
		bodies.put("openim/modify_group_msg",
				"{\"GroupId\":\"seed\",\"MsgSeq\":1,\"MsgBody\":" + TEXT_BODY + ",\"CloudCustomData\":\"c\"}");
		bodies.put("group_open_http_svc/group_msg_receipt",
				"{\"GroupId\":\"seed\",\"From_Account\":\"alice\",\"MsgSeqList\":[{\"MsgSeq\":1}]}");
		bodies.put("group_open_http_svc/get_group_msg_receipt",
				"{\"GroupId\":\"seed\",\"MsgSeqList\":[{\"MsgSeq\":1},{\"MsgSeq\":9}]}");
		bodies.put("group_open_http_svc/get_group_msg_receipt_detail",
				"{\"GroupId\":\"seed\",\"MsgSeq\":1,\"Filter\":1,\"Cursor\":\"\",\"Count\":5}");
		bodies.put("openim_msg_ext_http_svc/group_get_key_values",
				"{\"GroupId\":\"seed\",\"MsgSeq\":2,\"StartSeq\":0}");
		bodies.put("openim_msg_ext_http_svc/group_set_key_values", "{\"GroupId\":\"seed\",\"MsgSeq\":2,"
				+ "\"OperateType\":1,\"ExtensionList\":[{\"Key\":\"k\",\"Value\":\"v\",\"Seq\":0}]}");
		bodies.put("stream_msg/send_group_stream_msg", "{\"GroupId\":\"seed\",\"From_Account\":\"alice\","
				+ "\"MsgRandom\":4,\"MsgKey\":\"3_4_5\",\"MsgBody\":[{\"MsgType\":\"TIMStreamElem\",\"MsgContent\":"
				+ "{\"CompatibleText\":\"t\",\"Chunks\":[{\"EventType\":\"data\",\"Index\":1,\"Markdown\":\"m\","
				+ "\"IsLast\":false}]}}],\"CloudCustomData\":\"c\"}");
		bodies.put("sns/friend_add", "{\"From_Account\":\"alice\",\"AddType\":\"Add_Type_Both\",\"AddFriendItem\":"
				+ "[{\"To_Account\":\"carol\",\"AddSource\":\"AddSource_Type_Test\"}]}");
		bodies.put("group_open_http_svc/import_group",
				"{\"Owner_Account\":\"alice\",\"Type\":\"Public\","
						+ "\"Name\":\"i\",\"GroupId\":\"imported\",\"CreateTime\":1448357837,\"Introduction\":\"x\","
						+ "\"AppDefinedData\":[{\"Key\":\"k\",\"Value\":\"v\"}]}");
		bodies.put("group_open_http_svc/modify_group_base_info",
				"{\"GroupId\":\"seed\",\"Name\":\"n\","
						+ "\"Introduction\":\"i\",\"MaxMemberNum\":500,\"ApplyJoinOption\":\"FreeAccess\","
						+ "\"MuteAllMember\":\"Off\",\"AppDefinedData\":[{\"Key\":\"k\",\"Value\":\"v\"}]}");
		bodies.put("group_open_http_svc/import_group_member", "{\"GroupId\":\"seed\",\"MemberList\":"
				+ "[{\"Member_Account\":\"carol\",\"Role\":\"Admin\",\"JoinTime\":1448357837,\"UnreadMsgNum\":1}]}");
		bodies.put("group_open_http_svc/modify_group_member_info", "{\"GroupId\":\"seed\",\"Member_Account\":"
				+ "\"bob\",\"Role\":\"Admin\",\"MsgFlag\":\"AcceptAndNotify\",\"NameCard\":\"b\",\"MuteTime\":60,"
				+ "\"AppMemberDefinedData\":[{\"Key\":\"k\",\"Value\":\"v\"}]}");
		bodies.put("group_open_http_svc/get_joined_group_list",
				"{\"Member_Account\":\"bob\",\"Limit\":10,\"Offset\":0,\"GroupType\":\"Public\",\"WithHugeGroups\":1}");
		bodies.put("group_open_http_svc/get_role_in_group",
				"{\"GroupId\":\"seed\",\"User_Account\":[\"bob\",\"ghost\"]}");
		bodies.put("group_open_http_svc/change_group_owner", "{\"GroupId\":\"seed\",\"NewOwner_Account\":\"bob\"}");
		bodies.put("group_open_http_svc/forbid_send_msg",
				"{\"GroupId\":\"seed\",\"Members_Account\":[\"bob\"],\"MuteTime\":60}");
		bodies.put("group_open_http_svc/get_group_muted_account", "{\"GroupId\":\"seed\"}");
		bodies.put("group_open_http_svc/get_online_member_num", "{\"GroupId\":\"seed\"}");
		bodies.put("group_open_http_svc/set_unread_msg_num",
				"{\"GroupId\":\"seed\",\"Member_Account\":\"bob\",\"UnreadMsgNum\":1}");
		bodies.put("group_open_http_svc/ban_group_member",
				"{\"GroupId\":\"seed\",\"Members_Account\":[\"bob\"]," + "\"Duration\":60,\"Description\":\"d\"}");
		bodies.put("group_open_http_svc/unban_group_member", "{\"GroupId\":\"seed\",\"Members_Account\":[\"bob\"]}");
		bodies.put("group_open_http_svc/get_group_ban_member", "{\"GroupId\":\"seed\",\"Limit\":10,\"Offset\":0}");
		bodies.put("group_open_attr_http_svc/get_group_attr", "{\"GroupId\":\"seed\"}");
		bodies.put("group_open_http_svc/modify_group_attr",
				"{\"GroupId\":\"seed\",\"GroupAttr\":[{\"key\":\"k\",\"value\":\"v\"}]}");
		bodies.put("group_open_http_svc/set_group_attr",
				"{\"GroupId\":\"seed\",\"GroupAttr\":[{\"key\":\"k\",\"value\":\"v\"}]}");
		bodies.put("group_open_http_svc/delete_group_attr", "{\"GroupId\":\"seed\",\"GroupAttr\":[{\"key\":\"k\"}]}");
		bodies.put("group_open_http_svc/clear_group_attr", "{\"GroupId\":\"seed\"}");
		bodies.put("group_open_http_svc/get_group_counter", "{\"GroupId\":\"seed\",\"GroupCounterKeys\":[\"c\"]}");
		bodies.put("group_open_http_svc/update_group_counter",
				"{\"GroupId\":\"seed\",\"Mode\":\"Increase\"," + "\"GroupCounter\":[{\"Key\":\"c\",\"Value\":2}]}");
		bodies.put("group_open_http_svc/delete_group_counter", "{\"GroupId\":\"seed\",\"GroupCounterKeys\":[\"c\"]}");
		bodies.put("million_group_open_http_svc/create_topic", "{\"GroupId\":\"@TGS#_seedc\",\"TopicId\":"
				+ "\"@TGS#_seedc@TOPIC#_u\",\"TopicName\":\"u\",\"From_Account\":\"alice\",\"CustomString\":\"c\","
				+ "\"FaceUrl\":\"f\",\"Notification\":\"n\",\"Introduction\":\"i\"}");
		bodies.put("million_group_open_http_svc/get_topic",
				"{\"GroupId\":\"@TGS#_seedc\",\"From_Account\":\"alice\",\"TopicIdList\":[\"@TGS#_seedc@TOPIC#_t\"]}");
		bodies.put("million_group_open_http_svc/modify_topic", "{\"GroupId\":\"@TGS#_seedc\",\"TopicId\":"
				+ "\"@TGS#_seedc@TOPIC#_t\",\"TopicName\":\"v\",\"MuteAllMember\":\"On\"}");
		bodies.put("million_group_open_http_svc/destroy_topic",
				"{\"GroupId\":\"@TGS#_seedc\",\"TopicIdList\":[\"@TGS#_seedc@TOPIC#_t\",\"nosuch\"]}");
		bodies.put("group_open_http_svc/create_permission_group", "{\"GroupId\":\"@TGS#_seedc\","
				+ "\"PermissionGroupId\":\"@PMG#_q\",\"PermissionGroupName\":\"q\",\"Permission\":123,\"CustomString\":\"c\"}");
		bodies.put("group_open_http_svc/destroy_permission_group",
				"{\"GroupId\":\"@TGS#_seedc\",\"PermissionGroupIdList\":[\"@PMG#_p\",\"@PMG#_none\"]}");
		bodies.put("group_open_http_svc/modify_permission_group", "{\"GroupId\":\"@TGS#_seedc\","
				+ "\"PermissionGroupId\":\"@PMG#_p\",\"PermissionGroupName\":\"r\",\"Permission\":7,\"CustomString\":\"c\"}");
		bodies.put("group_open_http_svc/get_permission_group",
				"{\"GroupId\":\"@TGS#_seedc\",\"Limit\":20,\"Next\":\"\"}");
		bodies.put("group_open_http_svc/add_topic_permission_group", "{\"GroupId\":\"@TGS#_seedc\","
				+ "\"PermissionGroupId\":\"@PMG#_p\",\"TopicPermissionList\":[{\"TopicId\":\"@TGS#_seedc@TOPIC#_t\","
				+ "\"Permission\":3}]}");
		bodies.put("group_open_http_svc/set_topic_permission_group", "{\"GroupId\":\"@TGS#_seedc\","
				+ "\"PermissionGroupId\":\"@PMG#_p\",\"TopicPermissionList\":[{\"TopicId\":\"@TGS#_seedc@TOPIC#_t\","
				+ "\"Permission\":4}]}");
		bodies.put("group_open_http_svc/delete_topic_permission_group", "{\"GroupId\":\"@TGS#_seedc\","
				+ "\"PermissionGroupId\":\"@PMG#_p\",\"TopicIdList\":[\"@TGS#_seedc@TOPIC#_t\"]}");
		bodies.put("group_open_http_svc/get_topic_permission_group", "{\"GroupId\":\"@TGS#_seedc\","
				+ "\"PermissionGroupId\":\"@PMG#_p\",\"TopicIdList\":[\"@TGS#_seedc@TOPIC#_t\"]}");
		bodies.put("group_open_http_svc/add_permission_group_member", "{\"GroupId\":\"@TGS#_seedc\","
				+ "\"PermissionGroupId\":\"@PMG#_p\",\"MemberList\":[{\"Member_Account\":\"bob\"}]}");
		bodies.put("group_open_http_svc/delete_permission_group_member", "{\"GroupId\":\"@TGS#_seedc\","
				+ "\"PermissionGroupId\":\"@PMG#_p\",\"MemberList\":[{\"Member_Account\":\"bob\"}]}");
		bodies.put("group_open_http_svc/get_permission_group_member_list",
				"{\"GroupId\":\"@TGS#_seedc\",\"PermissionGroupId\":\"@PMG#_p\",\"Limit\":10,\"Next\":\"\"}");
		bodies.put("sns/friend_get", "{\"From_Account\":\"alice\",\"StartIndex\":0}");
		bodies.put("sns/friend_delete",
				"{\"From_Account\":\"alice\",\"To_Account\":[\"bob\"],\"DeleteType\":\"Delete_Type_Both\"}");
		bodies.put("recentcontact/get_list", "{\"From_Account\":\"alice\",\"TimeStamp\":0,\"StartIndex\":0,"
				+ "\"TopTimeStamp\":0,\"TopStartIndex\":0,\"AssistFlags\":63}");
		bodies.put("recentcontact/delete",
				"{\"From_Account\":\"alice\",\"Type\":1,\"To_Account\":\"bob\"," + "\"ClearRamble\":1}");
		bodies.put("recentcontact/create_contact_group",
				"{\"From_Account\":\"alice\",\"GroupContactItem\":[{"
						+ "\"GroupName\":\"g\",\"ContactItem\":[{\"Type\":1,\"To_Account\":\"bob\"},{\"Type\":2,"
						+ "\"ToGroupId\":\"seed\"}]}]}");
		bodies.put("recentcontact/update_contact_group",
				"{\"From_Account\":\"alice\",\"UpdateType\":1,"
						+ "\"UpdateGroup\":{\"UpdateGroupType\":2,\"OldGroupName\":\"seed\",\"ContactUpdateItem\":[{"
						+ "\"ContactOptType\":1,\"ContactItem\":{\"Type\":2,\"ToGroupId\":\"seed\"}}]}}");
		bodies.put("recentcontact/del_contact_group", "{\"From_Account\":\"alice\",\"GroupName\":[\"seed\"]}");
		bodies.put("recentcontact/mark_contact",
				"{\"From_Account\":\"alice\",\"MarkItem\":[{\"OptType\":3,"
						+ "\"ContactItem\":{\"Type\":1,\"To_Account\":\"bob\"},\"SetMark\":[1,2],\"ClearMark\":[3],"
						+ "\"CustomMark\":\"abcd\"}]}");
		bodies.put("recentcontact/search_contact_group",
				"{\"From_Account\":\"alice\",\"ContactItem\":[{\"Type\":1,\"To_Account\":\"bob\"}]}");
		bodies.put("recentcontact/get_contact_group", "{\"From_Account\":\"alice\",\"StartIndex\":0}");
		bodies.put("openconfigsvr/setnospeaking",
				"{\"Set_Account\":\"carol\",\"C2CmsgNospeakingTime\":60,\"GroupmsgNospeakingTime\":4294967295}");
		bodies.put("openconfigsvr/getnospeaking", "{\"Get_Account\":\"carol\"}");
		String oa = "official_account_open_http_svc/";
		bodies.put(oa + "create_official_account", "{\"OfficialAccountUserID\":\"@TOA#_new\",\"Owner_Account\":"
				+ "\"alice\",\"Name\":\"n\",\"Introduction\":\"i\",\"FaceUrl\":\"http://f\",\"MaxSubscriberNum\":1000,"
				+ "\"Organization\":\"o\",\"CustomString\":\"c\"}");
		bodies.put(oa + "destroy_official_account", "{\"Official_Account\":\"@TOA#_seed\"}");
		bodies.put(oa + "modify_official_account_base_info", "{\"Official_Account\":\"@TOA#_seed\",\"Name\":\"m\","
				+ "\"Introduction\":\"i\",\"FaceUrl\":\"http://f\",\"MaxSubscriberNum\":10,\"Organization\":\"o\","
				+ "\"CustomString\":\"c\"}");
		bodies.put(oa + "get_official_account_info", "{\"OfficialAccountIdList\":[{\"Official_Account\":"
				+ "\"@TOA#_seed\"}],\"ResponseFilter\":{\"OfficialAccountBaseInfoFilter\":[\"Name\"]}}");
		bodies.put(oa + "add_subscriber", "{\"Official_Account\":\"@TOA#_seed\",\"SubscriberList\":"
				+ "[{\"Subscriber_Account\":\"carol\"},{\"Subscriber_Account\":\"ghost\"}]}");
		bodies.put(oa + "delete_subscriber",
				"{\"Official_Account\":\"@TOA#_seed\",\"SubscriberToDel_Account\":[\"bob\",\"carol\"]}");
		bodies.put(oa + "modify_subscriber_info",
				"{\"Official_Account\":\"@TOA#_seed\",\"Subscriber_Account\":\"bob\",\"CustomString\":\"c\"}");
		bodies.put(oa + "get_subscriber_info", "{\"Official_Account\":\"@TOA#_seed\",\"Limit\":50,\"Next\":\"\"}");
		bodies.put(oa + "get_subscribed_official_account_list", "{\"Subscriber_Account\":\"bob\",\"Limit\":200,"
				+ "\"Offset\":0,\"ResponseFilter\":{\"SelfInfoFilter\":[\"SubscribeTime\"]}}");
		bodies.put(oa + "send_official_account_msg",
				"{\"Official_Account\":\"@TOA#_seed\",\"Random\":9875," + "\"MsgBody\":" + TEXT_BODY
						+ ",\"CloudCustomData\":\"c\",\"OfflinePushInfo\":{\"PushFlag\":0," + "\"Desc\":\"d\"}}");
		bodies.put(oa + "official_account_msg_get_simple",
				"{\"Official_Account\":\"@TOA#_seed\",\"ReqMsgNumber\":2,\"LastMsgKey\":\"1_1_1\",\"WithRecalledMsg\":1}");
		bodies.put(oa + "official_account_msg_recall",
				"{\"Official_Account\":\"@TOA#_seed\",\"MsgKeyList\":[\"1_1_1\"],\"Reason\":\"r\"}");
		String offline = "\"OfflinePushInfo\":{\"PushFlag\":0,\"Title\":\"t\",\"Desc\":\"d\"}";
		bodies.put("timpush/push",
				"{\"From_Account\":\"administrator\",\"MsgRandom\":3674128,\"OnlineOnlyFlag\":0,"
						+ "\"Condition\":{\"TagsAnd\":[\"a\",\"b\"],\"TagsNot\":[\"c\"]},\"MsgBody\":" + TEXT_BODY + ","
						+ offline + "}");
		bodies.put("timpush/batch", "{\"From_Account\":\"administrator\",\"To_Account\":[\"alice\",\"bob\"],"
				+ "\"MsgRandom\":3674128,\"DataId\":\"d\"," + offline + "}");
		bodies.put("timpush/revoke", "{\"TaskId\":\"push_1_1\"," + offline + "}");
		bodies.put("timpush/set_attr_name", "{\"AttrNames\":{\"0\":\"sex\",\"1\":\"city\"},\"AttrTypes\":{\"0\":0}}");
		bodies.put("timpush/get_attr_name", "{}");
		bodies.put("timpush/get_attr", "{\"To_Account\":[\"alice\",\"ghost\"]}");
		bodies.put("timpush/set_attr", "{\"UserAttrs\":[{\"To_Account\":\"alice\",\"Attrs\":{\"city\":\"x\"}}]}");
		bodies.put("timpush/remove_attr", "{\"UserAttrs\":[{\"To_Account\":\"alice\",\"Attrs\":[\"city\"]}]}");
		bodies.put("timpush/get_tag", "{\"To_Account\":[\"alice\",\"ghost\"]}");
		bodies.put("timpush/add_tag", "{\"UserTags\":[{\"To_Account\":\"alice\",\"Tags\":[\"a\",\"b\"]}]}");
		bodies.put("timpush/remove_tag", "{\"UserTags\":[{\"To_Account\":\"alice\",\"Tags\":[\"a\"]}]}");
		bodies.put("timpush/clear_all_tags", "{\"To_Account\":[\"alice\",\"ghost\"]}");
		bodies.put("timpush/add_sched_task",
				"{\"Sdkappid\":1400000000,\"Type\":\"Tag\",\"SchedAt\":"
						+ "\"2030-06-01 10:00:00\",\"Content\":{\"From_Account\":\"administrator\",\"MsgRandom\":5,"
						+ "\"Condition\":{\"TagsAnd\":[\"a\"]}," + offline + "}}");
		bodies.put("timpush/get_sched_task", "{\"Sdkappid\":1400000000,\"TaskID\":1700000000001}");
		bodies.put("timpush/list_sched_task",
				"{\"Sdkappid\":1400000000,\"Offset\":0,\"Want\":20,\"OrderBy\":"
						+ "\"schedat\",\"Asc\":false,\"BeginTime\":\"2029-01-01 00:00:00\",\"EndTime\":"
						+ "\"2031-01-01 00:00:00\",\"Keyword\":\"t\"}");
		bodies.put("timpush/modify_sched_task", "{\"Sdkappid\":1400000000,\"TaskID\":1700000000001,\"Type\":\"All\","
				+ "\"SchedAt\":\"2030-06-15 14:00:00\",\"Content\":{" + offline + "}}");
		bodies.put("timpush/delete_sched_task", "{\"Sdkappid\":1400000000,\"TaskID\":1700000000001,\"Type\":\"All\"}");
		bodies.put("all_member_push/im_push", "{\"From_Account\":\"administrator\",\"MsgRandom\":56512,"
				+ "\"MsgLifeTime\":120,\"Condition\":{\"TagsOr\":[\"a\"]},\"MsgBody\":" + TEXT_BODY + "}");
		bodies.put("all_member_push/im_set_attr_name", "{\"AttrNames\":{\"0\":\"sex\",\"1\":\"city\"}}");
		bodies.put("all_member_push/im_get_attr_name", "{}");
		bodies.put("all_member_push/im_get_attr", "{\"To_Account\":[\"alice\",\"ghost\"]}");
		bodies.put("all_member_push/im_set_attr",
				"{\"UserAttrs\":[{\"To_Account\":\"alice\",\"Attrs\":{\"city\":\"x\"}}]}");
		bodies.put("all_member_push/im_remove_attr",
				"{\"UserAttrs\":[{\"To_Account\":\"alice\",\"Attrs\":[\"city\"]}]}");
		bodies.put("all_member_push/im_get_tag", "{\"To_Account\":[\"alice\",\"ghost\"]}");
		bodies.put("all_member_push/im_add_tag", "{\"UserTags\":[{\"To_Account\":\"alice\",\"Tags\":[\"a\"]}]}");
		bodies.put("all_member_push/im_remove_tag", "{\"UserTags\":[{\"To_Account\":\"alice\",\"Tags\":[\"a\"]}]}");
		bodies.put("all_member_push/im_remove_all_tags", "{\"To_Account\":[\"alice\"]}");
		bodies.put("im_msg_audit/content_moderation", "{\"AuditName\":\"C2C\",\"ContentType\":\"Text\","
				+ "\"Content\":\"abc\",\"ExtSender\":\"s\",\"ExtReceiver\":\"r\"}");
		bodies.put("im_msg_audit/batch_content_moderation",
				"{\"AuditName\":\"Group\",\"Contents\":[{\"ContentId\":0,"
						+ "\"ContentType\":\"Text\",\"Content\":\"abc\"},{\"ContentId\":1,\"ContentType\":\"Image\","
						+ "\"Content\":\"https://x/1.jpg\"}],\"ExtSender\":\"s\",\"ExtReceiver\":\"r\"}");
		bodies.put("im_msg_audit_mgr/add_local_audit_keywords", "{\"SdkAppId\":1400000000,\"LocalAuditWords\":"
				+ "[{\"Keyword\":\"k\",\"WordType\":1,\"FilterType\":1,\"ReplacedContent\":\"*\"}]}");
		bodies.put("im_msg_audit_mgr/delete_local_audit_keywords",
				"{\"SdkAppId\":1400000000,\"LocalAuditWords\":[{\"Keyword\":\"k\"}]}");
		bodies.put("im_msg_audit_mgr/get_local_audit_keywords",
				"{\"SdkAppId\":1400000000,\"Offset\":0,\"Limit\":10,\"Keyword\":\"k\"}");
		bodies.put("openconfigsvr/getappinfo", "{\"RequestField\":[\"ChainIncrease\",\"ChainDecrease\"]}");
		bodies.put("ConfigSvc/GetIPList", "{}");
		bodies.put("open_msg_svc/get_history", "{\"ChatType\":\"C2C\",\"MsgTime\":\"2015120121\"}");
		bodies.put("im_cos_msg/forbid_illegal_object", "{\"RawURL\":\"https://cos.example/x.png\"}");
		bodies.put("im_cos_msg/allow_banned_object", "{\"RawURL\":\"https://cos.example/x.png\"}");
		bodies.put("im_cos_msg/get_cos_sig",
				"{\"RawURLs\":[{\"ResourceID\":1,\"RawURL\":\"https://cos.example/x.png\"}]}");
		bodies.put("sns/friend_import", "{\"From_Account\":\"carol\",\"AddFriendItem\":[{\"To_Account\":\"alice\","
				+ "\"Remark\":\"r\",\"RemarkTime\":1420000001,\"GroupName\":[\"Friends\"],\"AddSource\":"
				+ "\"AddSource_Type_Test\",\"AddWording\":\"w\",\"AddTime\":1420000001,\"CustomItem\":[{\"Tag\":"
				+ "\"Tag_SNS_Custom_Test\",\"Value\":\"v\"}]}]}");
		bodies.put("sns/friend_update",
				"{\"From_Account\":\"alice\",\"UpdateItem\":[{\"To_Account\":\"bob\","
						+ "\"SnsItem\":[{\"Tag\":\"Tag_SNS_IM_Remark\",\"Value\":\"r\"},{\"Tag\":\"Tag_SNS_IM_Group\","
						+ "\"Value\":[\"team\"]},{\"Tag\":\"Tag_SNS_Custom_Test\",\"Value\":\"t\"}]}]}");
		bodies.put("sns/friend_delete_all", "{\"From_Account\":\"alice\",\"DeleteType\":\"Delete_Type_Both\"}");
		bodies.put("sns/friend_check", "{\"From_Account\":\"alice\",\"To_Account\":[\"bob\",\"ghost\"],"
				+ "\"CheckType\":\"CheckResult_Type_Both\"}");
		bodies.put("sns/friend_get_list", "{\"From_Account\":\"alice\",\"To_Account\":[\"bob\",\"carol\"],"
				+ "\"TagList\":[\"Tag_Profile_IM_Nick\",\"Tag_SNS_IM_Remark\",\"Tag_SNS_Custom_Test\"]}");
		bodies.put("sns/group_add", "{\"From_Account\":\"alice\",\"GroupName\":[\"work\"],\"To_Account\":[\"bob\"]}");
		bodies.put("sns/group_delete", "{\"From_Account\":\"alice\",\"GroupName\":[\"team\"]}");
		bodies.put("sns/group_get",
				"{\"From_Account\":\"alice\",\"NeedFriend\":\"Need_Friend_Type_Yes\",\"GroupName\":[\"team\"]}");
		bodies.put("sns/black_list_add", "{\"From_Account\":\"alice\",\"To_Account\":[\"carol\"]}");
		bodies.put("sns/black_list_delete", "{\"From_Account\":\"carol\",\"To_Account\":[\"bob\"]}");
		bodies.put("sns/black_list_get",
				"{\"From_Account\":\"carol\",\"StartIndex\":0,\"MaxLimited\":30,\"LastSequence\":0}");
		bodies.put("sns/black_list_check", "{\"From_Account\":\"carol\",\"To_Account\":[\"bob\"],"
				+ "\"CheckType\":\"BlackCheckResult_Type_Both\"}");
		bodies.put("follow/follow_add", "{\"From_Account\":\"bob\",\"FollowItem\":[{\"To_Account\":\"alice\"}]}");
		bodies.put("follow/follow_delete", "{\"From_Account\":\"alice\",\"To_Account\":[\"bob\"]}");
		bodies.put("follow/follow_get",
				"{\"From_Account\":\"alice\",\"FollowType\":2,\"StartCursor\":\"\",\"WantNum\":100}");
		bodies.put("follow/follow_check", "{\"From_Account\":\"alice\",\"To_Account\":[\"bob\"]}");
		bodies.put("follow/follow_get_info", "{\"From_Account\":\"alice\",\"To_Account\":[\"alice\",\"bob\"]}");
		return bodies;
	}

	static Stream<String> commands() {
		return VALID.keySet().stream();
	}

	/**
	 * Stands for the JSON escape {@code \ud800}, half a surrogate pair, which the body
	 * carries as written.
	 */
	static final String LONE_SURROGATE = "LONE-SURROGATE";

	/**
	 * Values that replace each value of a valid body in turn.
	 */
	static List<JsonNode> hostileValues() {
		List<JsonNode> values = new ArrayList<>();
		values.add(json.stringNode("abc"));
		values.add(json.stringNode(""));
		values.add(json.stringNode("\u0000"));
		values.add(json.stringNode("x".repeat(5000)));
		values.add(json.stringNode(LONE_SURROGATE));
		values.add(json.numberNode(-5));
		values.add(json.numberNode(-1L));
		values.add(json.numberNode(0));
		values.add(json.numberNode(Integer.MAX_VALUE));
		values.add(json.numberNode(2147483648L));
		values.add(json.numberNode(4294967296L));
		values.add(json.numberNode(Long.MAX_VALUE));
		values.add(json.numberNode(Long.MIN_VALUE));
		values.add(json.numberNode(new java.math.BigInteger("18446744073709551615")));
		values.add(json.numberNode(new java.math.BigInteger("1" + "0".repeat(900))));
		values.add(json.numberNode(1e23));
		values.add(json.numberNode(1.5));
		values.add(json.numberNode(new java.math.BigDecimal("-1e400")));
		values.add(json.nullNode());
		values.add(json.booleanNode(true));
		values.add(json.objectNode());
		values.add(json.arrayNode());
		values.add(json.arrayNode().add(json.nullNode()));
		values.add(json.arrayNode().add(json.arrayNode()));
		values.add(json.arrayNode().add(json.objectNode()));
		values.add(json.objectNode().set("x", json.arrayNode().add(1).add(json.objectNode().putNull("y"))));
		JsonNode deep = json.numberNode(1);
		for (int i = 0; i < 200; i++) {
			deep = json.arrayNode().add(deep);
		}
		values.add(deep);
		return values;
	}

	/**
	 * Bodies that are wrong as a whole: empty, not an object, not JSON, not UTF-8, too
	 * deep.
	 */
	static List<byte[]> hostileBodies() {
		List<byte[]> bodies = new ArrayList<>();
		for (String body : List.of("", " ", "null", "[]", "[{}]", "123", "\"s\"", "true", "{", "{\"a\":}",
				"{\"a\":1} trailing", "{}{}", "{\"a\":1,}", "{'a':1}", "{\"a\":NaN}", "\uFEFF{}", "[".repeat(100_000),
				"{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "{\"n\":" + "9".repeat(5000) + "}")) {
			bodies.add(body.getBytes(StandardCharsets.UTF_8));
		}
		bodies.add(new byte[] { '{', '"', 'U', 's', 'e', 'r', 'I', 'D', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"',
				'}' });
		bodies.add(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}' });
		bodies.add(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}' });
		bodies.add(new byte[] { '{', 0, '}' });
		bodies.add(new byte[] { (byte) 0xff, (byte) 0xfe, '{', 0, '}', 0 });
		return bodies;
	}

	@ParameterizedTest
	@MethodSource("commands")
	void everyCommandAnswersHostileBodiesWithAnEnvelope(String command) throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (byte[] body : hostileBodies()) {
			String label = new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8);
			assertEnvelope(softly, command, label, post(command, body));
		}
		softly.assertAll();
	}

	@ParameterizedTest
	@MethodSource("commands")
	void everyCommandAnswersHostileValuesWithAnEnvelope(String command) throws Exception {
		SoftAssertions softly = new SoftAssertions();
		JsonNode valid = mapper.readTree(VALID.get(command));
		assertThat(code(post(command, valid.toString().getBytes(StandardCharsets.UTF_8))))
			.as("the valid body of %s", command)
			.isNotEqualTo(60009);
		for (JsonNode variant : variants(valid)) {
			String body = variant.toString().replace(LONE_SURROGATE, "\\ud800");
			assertEnvelope(softly, command, body.substring(0, Math.min(body.length(), 200)),
					post(command, body.getBytes(StandardCharsets.UTF_8)));
		}
		softly.assertAll();
	}

	@Test
	void everyModelledCommandIsInTheCorpus() {
		assertThat(VALID.keySet())
			.containsExactlyInAnyOrderElementsOf(new EmulatorDispatcher(Clock.systemUTC()).commands());
	}

	@Test
	void hugeMsgRandomIsRefusedWith90005() throws Exception {
		String body = "{\"From_Account\":\"alice\",\"To_Account\":\"bob\",\"MsgRandom\":%s,\"MsgBody\":" + TEXT_BODY
				+ "}";
		assertThat(code(post("openim/sendmsg", body.formatted("1e23")))).isEqualTo(90005);
		assertThat(code(post("openim/sendmsg", body.formatted("100000000000000000000000")))).isEqualTo(90005);
		assertThat(code(post("openim/sendmsg", body.formatted("-1")))).isEqualTo(90005);
		assertThat(code(post("openim/sendmsg", body.formatted("4294967295")))).isZero();
	}

	@Test
	void msgSeqBeyondUnsigned32BitsIsRefusedAndNothingIsStored() throws Exception {
		String body = "{\"From_Account\":\"bob\",\"To_Account\":\"carol\",\"MsgRandom\":3,\"MsgSeq\":%s,\"MsgBody\":"
				+ TEXT_BODY + "}";
		assertThat(code(post("openim/sendmsg", body.formatted("18446744073709551615")))).isEqualTo(90001);
		assertThat(code(post("openim/sendmsg", body.formatted("\"12\"")))).isEqualTo(90001);
		JsonNode history = answer(post("openim/admin_getroammsg",
				"{\"Operator_Account\":\"bob\",\"Peer_Account\":\"carol\",\"MaxCnt\":10,\"MinTime\":0,"
						+ "\"MaxTime\":4102444800}"));
		assertThat(history.get("MsgCnt").asInt()).isZero();
	}

	@Test
	void reqMsgSeqThatIsNotANumberIsRefusedWith10004() throws Exception {
		assertThat(code(post("group_open_http_svc/group_msg_get_simple",
				"{\"GroupId\":\"seed\",\"ReqMsgNumber\":5,\"ReqMsgSeq\":\"abc\"}")))
			.isEqualTo(10004);
	}

	@Test
	void friendGetPagesWithoutOverflow() throws Exception {
		assertThat(code(post("sns/friend_get", "{\"From_Account\":\"alice\",\"StartIndex\":-5}"))).isEqualTo(30001);
		JsonNode far = answer(post("sns/friend_get", "{\"From_Account\":\"alice\",\"StartIndex\":2147483647}"));
		assertThat(far.get("ErrorCode").asInt()).isZero();
		assertThat(far.get("UserDataItem")).isEmpty();
		assertThat(far.get("FriendNum").asInt()).isEqualTo(1);
		assertThat(far.get("CompleteFlag").asInt()).isOne();
	}

	@Test
	void forgedUserSigWithTextFieldsIsRefusedWith70003() throws Exception {
		List<Consumer<ObjectNode>> forgeries = List.of((doc) -> doc.put("TLS.sdkappid", "abc"),
				(doc) -> doc.put("TLS.sdkappid", new java.math.BigInteger("18446744073709551615")),
				(doc) -> doc.put("TLS.sdkappid", 1e23), (doc) -> doc.putObject("TLS.sdkappid"),
				(doc) -> doc.put("TLS.time", "abc"), (doc) -> doc.putArray("TLS.expire"),
				(doc) -> doc.put("TLS.identifier", 5), (doc) -> doc.putObject("TLS.identifier"),
				(doc) -> doc.put("TLS.sig", 42), (doc) -> doc.putNull("TLS.sig"));
		for (Consumer<ObjectNode> forgery : forgeries) {
			ObjectNode doc = json.objectNode()
				.put("TLS.ver", "2.0")
				.put("TLS.identifier", "administrator")
				.put("TLS.sdkappid", APP)
				.put("TLS.expire", 86400)
				.put("TLS.time", System.currentTimeMillis() / 1000)
				.put("TLS.sig", "AAAA");
			forgery.accept(doc);
			HttpResponse<byte[]> response = post("im_open_login_svc/kick", forge(doc), "{\"UserID\":\"alice\"}");
			assertThat(response.statusCode()).as(doc.toString()).isEqualTo(200);
			assertThat(code(response)).as(doc.toString()).isEqualTo(70003);
		}
	}

	@Test
	void malformedQueryEscapesAreRefusedWith60002() throws Exception {
		try (RawHttp connection = new RawHttp(emulator.baseUrl())) {
			connection.post("/v4/im_open_login_svc/kick?sdkappid=" + APP + "&identifier=%zz&usersig=" + SIG
					+ "&random=1&contenttype=json", "{\"UserID\":\"alice\"}");
			RawHttp.Response response = connection.read();
			assertThat(response.status()).isEqualTo(200);
			assertThat(mapper.readTree(response.body()).get("ErrorCode").asInt()).isEqualTo(60002);
		}
	}

	@Test
	void bodiesThatAreNotStrictUtf8JsonAreRefusedWith60003() throws Exception {
		byte[] notUtf8 = { '{', '"', 'U', 's', 'e', 'r', 'I', 'D', '"', ':', '"', 'a', (byte) 0xff, '"', '}' };
		assertThat(code(post("im_open_login_svc/account_import", notUtf8))).isEqualTo(60003);
		assertThat(code(post("im_open_login_svc/account_import", "{\"UserID\":\"trailing\"} {}"))).isEqualTo(60003);
		assertThat(emulator.hasAccount("a\uFFFD")).isFalse();
		assertThat(emulator.hasAccount("trailing")).isFalse();
	}

	@Test
	void anUnexpectedFailureBecomesAnEnvelope() {
		JsonNode envelope = ChatAdminEmulator.envelope("openim/sendmsg", () -> {
			throw new IllegalStateException("boom");
		});
		assertThat(envelope.get("ActionStatus").asString()).isEqualTo("FAIL");
		assertThat(envelope.get("ErrorCode").asInt()).isEqualTo(60003);
		assertThat(envelope.get("ErrorInfo").asString()).contains("openim/sendmsg").contains(UNEXPECTED);
	}

	/**
	 * What the emulator's last-resort answer says; the corpus must never reach it.
	 */
	static final String UNEXPECTED = "the emulator failed";

	private static List<JsonNode> variants(JsonNode valid) {
		List<JsonNode> variants = new ArrayList<>();
		List<JsonNode> values = hostileValues();
		collect(valid, valid, new ArrayList<>(), values, variants);
		return variants;
	}

	private static void collect(JsonNode root, JsonNode node, List<Object> path, List<JsonNode> values,
			List<JsonNode> variants) {
		if (node.isObject()) {
			for (String name : node.propertyNames()) {
				List<Object> child = new ArrayList<>(path);
				child.add(name);
				JsonNode removed = root.deepCopy();
				((ObjectNode) at(removed, path)).remove(name);
				variants.add(removed);
				for (JsonNode value : values) {
					JsonNode copy = root.deepCopy();
					((ObjectNode) at(copy, path)).set(name, value);
					variants.add(copy);
				}
				collect(root, node.get(name), child, values, variants);
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			List<Object> child = new ArrayList<>(path);
			child.add(0);
			for (JsonNode value : values) {
				JsonNode copy = root.deepCopy();
				((ArrayNode) at(copy, path)).set(0, value);
				variants.add(copy);
			}
			collect(root, node.get(0), child, values, variants);
		}
	}

	private static JsonNode at(JsonNode root, List<Object> path) {
		JsonNode node = root;
		for (Object step : path) {
			node = (step instanceof String name) ? node.get(name) : node.get((Integer) step);
		}
		return node;
	}

	private static void assertEnvelope(SoftAssertions softly, String command, String label,
			HttpResponse<byte[]> response) {
		String what = command + " <- " + label;
		softly.assertThat(response.statusCode()).as(what).isEqualTo(200);
		if (response.statusCode() != 200) {
			return;
		}
		JsonNode envelope;
		try {
			envelope = mapper.readTree(response.body());
		}
		catch (RuntimeException ex) {
			softly.fail(what + ": the answer is not JSON: " + new String(response.body(), StandardCharsets.UTF_8));
			return;
		}
		softly.assertThat(envelope != null && envelope.isObject()).as(what + ": an object").isTrue();
		if (envelope == null || !envelope.isObject()) {
			return;
		}
		String status = envelope.path("ActionStatus").asString("");
		softly.assertThat(status).as(what + ": ActionStatus").isIn("OK", "FAIL");
		softly.assertThat(envelope.path("ErrorCode").isIntegralNumber()).as(what + ": ErrorCode").isTrue();
		if (status.equals("FAIL")) {
			softly.assertThat(envelope.path("ErrorCode").asInt(0)).as(what + ": ErrorCode").isNotZero();
			softly.assertThat(envelope.path("ErrorInfo").asString(""))
				.as(what + ": ErrorInfo")
				.isNotEmpty()
				.doesNotContain(UNEXPECTED);
		}
		else {
			softly.assertThat(envelope.path("ErrorCode").asInt(-1)).as(what + ": ErrorCode").isZero();
		}
	}

	private static void ok(String command, String body) throws Exception {
		assertThat(code(post(command, body))).as(command + " " + body).isZero();
	}

	private static int code(HttpResponse<byte[]> response) {
		return answer(response).get("ErrorCode").asInt();
	}

	private static JsonNode answer(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	private static HttpResponse<byte[]> post(String command, String body) throws IOException, InterruptedException {
		return post(command, body.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<byte[]> post(String command, byte[] body) throws IOException, InterruptedException {
		return post(command, SIG, body);
	}

	private static HttpResponse<byte[]> post(String command, String userSig, String body)
			throws IOException, InterruptedException {
		return post(command, userSig, body.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<byte[]> post(String command, String userSig, byte[] body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(emulator.baseUrl() + "/v4/" + command + "?sdkappid=" + APP
					+ "&identifier=administrator&usersig=" + userSig + "&random=12345&contenttype=json"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", "application/json")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String forge(ObjectNode doc) {
		Deflater deflater = new Deflater();
		deflater.setInput(doc.toString().getBytes(StandardCharsets.UTF_8));
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[512];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return Base64.getEncoder()
			.encodeToString(out.toByteArray())
			.replace('+', '*')
			.replace('/', '-')
			.replace('=', '_');
	}

}
