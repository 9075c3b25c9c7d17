package io.github.chatadmin.client;

import java.util.Set;

/**
 * What the client knows of the vendor's commands without a {@link ChatCommand}: which
 * ones may be sent again when their outcome is unknown.
 * <p>
 * A command is idempotent when it only reads, or when the vendor de-duplicates it
 * ({@code openim/importmsg}). Commands sent through
 * {@link ChatAdminOperations#execute(String, String, Object)} are treated as not
 * idempotent unless they are listed here.
 *
 * @author chat-admin
 */
public final class ChatCommandCatalog {

	private static final Set<String> IDEMPOTENT = Set.of("im_open_login_svc/account_check",
			"openim/query_online_status", "openim/importmsg", "openim/admin_getroammsg",
			"openim/get_c2c_unread_msg_num", "openim_msg_ext_http_svc/get_key_values",
			"all_member_push/im_get_attr_name", "all_member_push/im_get_attr", "all_member_push/im_get_tag",
			"timpush/get_attr_name", "timpush/get_attr", "timpush/get_tag", "timpush/get_sched_task",
			"timpush/list_sched_task", "profile/portrait_get", "sns/friend_check", "sns/friend_get",
			"sns/friend_get_list", "sns/black_list_get", "sns/black_list_check", "sns/group_get", "follow/follow_get",
			"follow/follow_check", "follow/follow_get_info", "recentcontact/get_list",
			"recentcontact/search_contact_group", "recentcontact/get_contact_group",
			"group_open_http_svc/get_appid_group_list", "group_open_http_svc/get_group_info",
			"group_open_http_svc/get_group_member_info", "group_open_http_svc/get_specified_group_member_info",
			"group_open_http_svc/get_joined_group_list", "group_open_http_svc/get_role_in_group",
			"group_open_http_svc/get_group_muted_account", "group_open_http_svc/get_group_shutted_uin",
			"group_open_http_svc/get_online_member_num", "group_open_http_svc/group_msg_get_simple",
			"group_open_http_svc/get_group_msg_receipt", "group_open_http_svc/get_group_msg_receipt_detail",
			"openim_msg_ext_http_svc/group_get_key_values", "group_open_http_svc/get_group_ban_member",
			"group_open_http_svc/get_group_counter", "group_open_attr_http_svc/get_group_attr",
			"group_open_avchatroom_http_svc/get_members", "group_open_avchatroom_http_svc/get_admin_list",
			"group_open_avchatroom_http_svc/check_members", "million_group_open_http_svc/get_topic",
			"group_open_http_svc/get_permission_group", "group_open_http_svc/get_topic_permission_group",
			"group_open_http_svc/get_permission_group_member_list", "openconfigsvr/getnospeaking",
			"openconfigsvr/getappinfo", "open_msg_svc/get_history", "ConfigSvc/GetIPList", "im_cos_msg/get_cos_sig",
			"im_msg_audit/content_moderation", "im_msg_audit/batch_content_moderation",
			"im_msg_audit_mgr/get_local_audit_keywords", "im_msg_audit_mgr/get_cloud_audit_keywords_ids",
			"im_msg_audit_mgr/get_cloud_audit_keywords", "official_account_open_http_svc/get_official_account_info",
			"official_account_open_http_svc/get_subscriber_info",
			"official_account_open_http_svc/official_account_msg_get_simple",
			"official_account_open_http_svc/get_subscribed_official_account_list",
			"openim_robot_http_svc/get_all_robots", "openim_dirty_words/get", "openim/im_get_push_report",
			"openim/querystate");

	private ChatCommandCatalog() {
	}

	/**
	 * Return whether a command may be sent again when its outcome is unknown.
	 * @param service the servicename
	 * @param command the command
	 * @return whether the catalog lists the command as idempotent
	 */
	public static boolean isIdempotent(String service, String command) {
		return IDEMPOTENT.contains(service + "/" + command);
	}

}
