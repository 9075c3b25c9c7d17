package io.github.chatadmin.client;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the client knows of every command of the vendor, typed or not: whether it may be
 * sent again when its outcome is unknown, the limit of its list parameter and its quota.
 * <p>
 * A command is idempotent when it only reads. Writes are not, even those the vendor
 * de-duplicates under conditions (an import is de-duplicated only when {@code MsgSeq},
 * {@code MsgRandom} and {@code MsgTimeStamp} are all equal): the typed operations make
 * those safe. Commands sent through
 * {@link ChatAdminOperations#execute(String, String, Object)} are treated as not
 * idempotent unless they are listed here as reads. The client keeps per-command state (a
 * rate-limiter bucket, meter tags) only for the commands listed here and for those given
 * a quota; every other command shares one bounded {@value #OTHER}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class ChatCommandCatalog {

	/**
	 * The name under which commands the catalog does not know share their state and meter
	 * tags.
	 */
	public static final String OTHER = "other";

	/**
	 * The quota of a command the vendor documents no other quota for, in calls per
	 * second.
	 */
	public static final double DEFAULT_QUOTA = 200;

	private static final Map<String, Entry> ENTRIES = entries();

	private ChatCommandCatalog() {
	}

	/**
	 * Return whether a command may be sent again when its outcome is unknown.
	 * @param service the servicename
	 * @param command the command
	 * @return whether the catalog lists the command as a read
	 */
	public static boolean isIdempotent(String service, String command) {
		Entry entry = ENTRIES.get(service + "/" + command);
		return entry != null && entry.idempotent();
	}

	/**
	 * Return whether the catalog lists a command.
	 * @param service the servicename
	 * @param command the command
	 * @return whether the command is known
	 */
	public static boolean isKnown(String service, String command) {
		return ENTRIES.containsKey(service + "/" + command);
	}

	/**
	 * Return the entry of a command.
	 * @param path {@code service/command}
	 * @return the entry, or {@code null} when the catalog does not list the command
	 */
	public static @Nullable Entry find(String path) {
		return ENTRIES.get(path);
	}

	/**
	 * Return every entry, current and legacy, in the vendor's order.
	 * @return the entries
	 */
	public static Collection<Entry> all() {
		return ENTRIES.values();
	}

	/**
	 * Return the vendor's documented per-command quotas that differ from
	 * {@value #DEFAULT_QUOTA} calls per second.
	 * @return the quotas by {@code service/command}
	 */
	public static Map<String, Double> quotas() {
		Map<String, Double> quotas = new LinkedHashMap<>();
		ENTRIES.values()
			.stream()
			.filter((entry) -> entry.quota() != DEFAULT_QUOTA)
			.forEach((entry) -> quotas.put(entry.path(), entry.quota()));
		return Collections.unmodifiableMap(quotas);
	}

	private static Map<String, Entry> entries() {
		Map<String, Entry> entries = new LinkedHashMap<>();
		add(entries, "im_open_login_svc/account_import", Kind.WRITE, 0, 200);
		add(entries, "im_open_login_svc/multiaccount_import", Kind.WRITE, 100, 100);
		add(entries, "im_open_login_svc/account_delete", Kind.WRITE, 100, 100);
		add(entries, "im_open_login_svc/account_check", Kind.READ, 100, 100);
		add(entries, "im_open_login_svc/kick", Kind.WRITE, 0, 200);
		add(entries, "openim/query_online_status", Kind.READ, 500, 200);
		add(entries, "openim/sendmsg", Kind.WRITE, 0, 200);
		add(entries, "openim/batchsendmsg", Kind.WRITE, 500, 200);
		add(entries, "openim/importmsg", Kind.WRITE, 0, 200);
		add(entries, "openim/admin_getroammsg", Kind.READ, 0, 200);
		add(entries, "openim/admin_msgwithdraw", Kind.WRITE, 0, 200);
		add(entries, "openim/admin_set_msg_read", Kind.WRITE, 0, 200);
		add(entries, "openim/get_c2c_unread_msg_num", Kind.READ, 10, 200);
		add(entries, "openim/modify_c2c_msg", Kind.WRITE, 0, 200);
		add(entries, "openim/delete_c2c_msg_ramble", Kind.WRITE, 30, 200);
		add(entries, "openim/c2c_msg_read_receipt", Kind.WRITE, 0, 200);
		add(entries, "openim_msg_ext_http_svc/get_key_values", Kind.READ, 0, 200);
		add(entries, "openim_msg_ext_http_svc/set_key_values", Kind.WRITE, 20, 200);
		add(entries, "stream_msg/send_c2c_stream_msg", Kind.WRITE, 0, 200);
		add(entries, "stream_msg/send_group_stream_msg", Kind.WRITE, 0, 200);
		add(entries, "all_member_push/im_push", Kind.WRITE, 0, 1);
		add(entries, "all_member_push/im_set_attr_name", Kind.WRITE, 0, 100);
		add(entries, "all_member_push/im_get_attr_name", Kind.READ, 0, 100);
		add(entries, "all_member_push/im_get_attr", Kind.READ, 100, 100);
		add(entries, "all_member_push/im_set_attr", Kind.WRITE, 100, 100);
		add(entries, "all_member_push/im_remove_attr", Kind.WRITE, 100, 100);
		add(entries, "all_member_push/im_get_tag", Kind.READ, 100, 100);
		add(entries, "all_member_push/im_add_tag", Kind.WRITE, 100, 100);
		add(entries, "all_member_push/im_remove_tag", Kind.WRITE, 100, 100);
		add(entries, "all_member_push/im_remove_all_tags", Kind.WRITE, 100, 100);
		add(entries, "timpush/push", Kind.WRITE, 0, 1);
		add(entries, "timpush/batch", Kind.WRITE, 500, 30);
		add(entries, "timpush/revoke", Kind.WRITE, 0, 1);
		add(entries, "timpush/set_attr_name", Kind.WRITE, 0, 100);
		add(entries, "timpush/get_attr_name", Kind.READ, 0, 100);
		add(entries, "timpush/get_attr", Kind.READ, 100, 100);
		add(entries, "timpush/set_attr", Kind.WRITE, 100, 100);
		add(entries, "timpush/remove_attr", Kind.WRITE, 100, 100);
		add(entries, "timpush/get_tag", Kind.READ, 100, 100);
		add(entries, "timpush/add_tag", Kind.WRITE, 100, 100);
		add(entries, "timpush/remove_tag", Kind.WRITE, 100, 100);
		add(entries, "timpush/clear_all_tags", Kind.WRITE, 100, 100);
		add(entries, "timpush/add_sched_task", Kind.WRITE, 500, 5);
		add(entries, "timpush/get_sched_task", Kind.READ, 0, 5);
		add(entries, "timpush/list_sched_task", Kind.READ, 0, 5);
		add(entries, "timpush/delete_sched_task", Kind.WRITE, 0, 5);
		add(entries, "timpush/modify_sched_task", Kind.WRITE, 0, 5);
		add(entries, "profile/portrait_set", Kind.WRITE, 0, 200);
		add(entries, "profile/portrait_get", Kind.READ, 100, 200);
		add(entries, "sns/friend_add", Kind.WRITE, 0, 200);
		add(entries, "sns/friend_import", Kind.WRITE, 0, 200);
		add(entries, "sns/friend_update", Kind.WRITE, 0, 200);
		add(entries, "sns/friend_delete", Kind.WRITE, 1000, 200);
		add(entries, "sns/friend_delete_all", Kind.WRITE, 0, 200);
		add(entries, "sns/friend_check", Kind.READ, 1000, 200);
		add(entries, "sns/friend_get", Kind.READ, 0, 200);
		add(entries, "sns/friend_get_list", Kind.READ, 100, 200);
		add(entries, "sns/black_list_add", Kind.WRITE, 1000, 200);
		add(entries, "sns/black_list_delete", Kind.WRITE, 1000, 200);
		add(entries, "sns/black_list_get", Kind.READ, 1000, 200);
		add(entries, "sns/black_list_check", Kind.READ, 1000, 200);
		add(entries, "sns/group_add", Kind.WRITE, 32, 200);
		add(entries, "sns/group_delete", Kind.WRITE, 0, 200);
		add(entries, "sns/group_get", Kind.READ, 0, 200);
		add(entries, "follow/follow_add", Kind.WRITE, 20, 200);
		add(entries, "follow/follow_delete", Kind.WRITE, 20, 200);
		add(entries, "follow/follow_get", Kind.READ, 1000, 200);
		add(entries, "follow/follow_check", Kind.READ, 100, 200);
		add(entries, "follow/follow_get_info", Kind.READ, 20, 200);
		add(entries, "recentcontact/get_list", Kind.READ, 0, 200);
		add(entries, "recentcontact/delete", Kind.WRITE, 0, 200);
		add(entries, "recentcontact/create_contact_group", Kind.WRITE, 1, 200);
		add(entries, "recentcontact/update_contact_group", Kind.WRITE, 0, 200);
		add(entries, "recentcontact/del_contact_group", Kind.WRITE, 1, 200);
		add(entries, "recentcontact/mark_contact", Kind.WRITE, 100, 200);
		add(entries, "recentcontact/search_contact_group", Kind.READ, 300, 200);
		add(entries, "recentcontact/get_contact_group", Kind.READ, 0, 200);
		add(entries, "group_open_http_svc/get_appid_group_list", Kind.READ, 10000, 1);
		add(entries, "group_open_http_svc/create_group", Kind.WRITE, 100, 200);
		add(entries, "group_open_http_svc/get_group_info", Kind.READ, 50, 200);
		add(entries, "group_open_http_svc/get_group_member_info", Kind.READ, 200, 200);
		add(entries, "group_open_http_svc/get_specified_group_member_info", Kind.READ, 50, 200);
		add(entries, "group_open_http_svc/modify_group_base_info", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/add_group_member", Kind.WRITE, 300, 200);
		add(entries, "group_open_http_svc/delete_group_member", Kind.WRITE, 100, 200);
		add(entries, "group_open_http_svc/modify_group_member_info", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/destroy_group", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/get_joined_group_list", Kind.READ, 5000, 200);
		add(entries, "group_open_http_svc/get_role_in_group", Kind.READ, 500, 200);
		add(entries, "group_open_http_svc/forbid_send_msg", Kind.WRITE, 500, 200);
		add(entries, "group_open_http_svc/get_group_muted_account", Kind.READ, 0, 200);
		add(entries, "group_open_http_svc/change_group_owner", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/import_group", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/import_group_member", Kind.WRITE, 300, 200);
		add(entries, "group_open_http_svc/set_unread_msg_num", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/get_online_member_num", Kind.READ, 0, 200);
		add(entries, "group_open_http_svc/send_group_msg", Kind.WRITE, 50, 200);
		add(entries, "group_open_http_svc/send_group_system_notification", Kind.WRITE, 500, 200);
		add(entries, "group_open_http_svc/group_msg_recall", Kind.WRITE, 10, 200);
		add(entries, "group_open_http_svc/import_group_msg", Kind.WRITE, 7, 200);
		add(entries, "group_open_http_svc/delete_group_msg_by_sender", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/group_msg_get_simple", Kind.READ, 20, 200);
		add(entries, "group_open_http_svc/clear_group_msg", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/send_broadcast_msg", Kind.WRITE, 0, 1);
		add(entries, "openim/modify_group_msg", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/group_msg_receipt", Kind.WRITE, 50, 200);
		add(entries, "group_open_http_svc/get_group_msg_receipt", Kind.READ, 0, 200);
		add(entries, "group_open_http_svc/get_group_msg_receipt_detail", Kind.READ, 200, 200);
		add(entries, "openim_msg_ext_http_svc/group_get_key_values", Kind.READ, 0, 200);
		add(entries, "openim_msg_ext_http_svc/group_set_key_values", Kind.WRITE, 20, 200);
		add(entries, "group_open_http_svc/get_group_ban_member", Kind.READ, 100, 200);
		add(entries, "group_open_http_svc/ban_group_member", Kind.WRITE, 20, 200);
		add(entries, "group_open_http_svc/unban_group_member", Kind.WRITE, 20, 200);
		add(entries, "group_open_http_svc/get_group_counter", Kind.READ, 0, 200);
		add(entries, "group_open_http_svc/update_group_counter", Kind.WRITE, 20, 200);
		add(entries, "group_open_http_svc/delete_group_counter", Kind.WRITE, 0, 200);
		add(entries, "group_open_attr_http_svc/get_group_attr", Kind.READ, 0, 200);
		add(entries, "group_open_http_svc/modify_group_attr", Kind.WRITE, 16, 200);
		add(entries, "group_open_http_svc/clear_group_attr", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/set_group_attr", Kind.WRITE, 16, 200);
		add(entries, "group_open_http_svc/delete_group_attr", Kind.WRITE, 0, 200);
		add(entries, "group_open_avchatroom_http_svc/get_members", Kind.READ, 0, 200);
		add(entries, "group_open_avchatroom_http_svc/modify_user_info", Kind.WRITE, 500, 200);
		add(entries, "group_open_avchatroom_http_svc/modify_admin", Kind.WRITE, 5, 200);
		add(entries, "group_open_avchatroom_http_svc/get_admin_list", Kind.READ, 0, 200);
		add(entries, "group_open_avchatroom_http_svc/check_members", Kind.READ, 0, 200);
		add(entries, "million_group_open_http_svc/create_topic", Kind.WRITE, 0, 200);
		add(entries, "million_group_open_http_svc/get_topic", Kind.READ, 0, 200);
		add(entries, "million_group_open_http_svc/modify_topic", Kind.WRITE, 0, 200);
		add(entries, "million_group_open_http_svc/destroy_topic", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/import_topic", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/create_permission_group", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/destroy_permission_group", Kind.WRITE, 20, 200);
		add(entries, "group_open_http_svc/modify_permission_group", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/get_permission_group", Kind.READ, 20, 200);
		add(entries, "group_open_http_svc/add_topic_permission_group", Kind.WRITE, 50, 200);
		add(entries, "group_open_http_svc/set_topic_permission_group", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/delete_topic_permission_group", Kind.WRITE, 0, 200);
		add(entries, "group_open_http_svc/get_topic_permission_group", Kind.READ, 0, 200);
		add(entries, "group_open_http_svc/add_permission_group_member", Kind.WRITE, 100, 200);
		add(entries, "group_open_http_svc/delete_permission_group_member", Kind.WRITE, 100, 200);
		add(entries, "group_open_http_svc/get_permission_group_member_list", Kind.READ, 0, 200);
		add(entries, "openconfigsvr/setnospeaking", Kind.WRITE, 0, 200);
		add(entries, "openconfigsvr/getnospeaking", Kind.READ, 0, 200);
		add(entries, "openconfigsvr/getappinfo", Kind.READ, 0, 200);
		add(entries, "open_msg_svc/get_history", Kind.READ, 0, 10);
		add(entries, "ConfigSvc/GetIPList", Kind.READ, 0, 200);
		add(entries, "im_cos_msg/forbid_illegal_object", Kind.WRITE, 0, 200);
		add(entries, "im_cos_msg/allow_banned_object", Kind.WRITE, 0, 200);
		add(entries, "im_cos_msg/get_cos_sig", Kind.READ, 0, 200);
		add(entries, "im_msg_audit/content_moderation", Kind.READ, 0, 200);
		add(entries, "im_msg_audit/batch_content_moderation", Kind.READ, 10, 200);
		add(entries, "im_msg_audit_mgr/add_local_audit_keywords", Kind.WRITE, 10, 200);
		add(entries, "im_msg_audit_mgr/delete_local_audit_keywords", Kind.WRITE, 10, 200);
		add(entries, "im_msg_audit_mgr/get_local_audit_keywords", Kind.READ, 100, 200);
		add(entries, "im_msg_audit_mgr/get_cloud_audit_keywords_ids", Kind.READ, 100, 200);
		add(entries, "im_msg_audit_mgr/get_cloud_audit_keywords", Kind.READ, 100, 200);
		add(entries, "im_msg_audit_mgr/add_cloud_audit_keywords", Kind.WRITE, 0, 200);
		add(entries, "im_msg_audit_mgr/delete_cloud_audit_keywords", Kind.WRITE, 10, 200);
		add(entries, "official_account_open_http_svc/create_official_account", Kind.WRITE, 0, 200);
		add(entries, "official_account_open_http_svc/destroy_official_account", Kind.WRITE, 0, 200);
		add(entries, "official_account_open_http_svc/modify_official_account_base_info", Kind.WRITE, 0, 200);
		add(entries, "official_account_open_http_svc/send_official_account_msg", Kind.WRITE, 0, 200);
		add(entries, "official_account_open_http_svc/get_official_account_info", Kind.READ, 50, 200);
		add(entries, "official_account_open_http_svc/get_subscriber_info", Kind.READ, 200, 200);
		add(entries, "official_account_open_http_svc/official_account_msg_recall", Kind.WRITE, 10, 200);
		add(entries, "official_account_open_http_svc/official_account_msg_get_simple", Kind.READ, 0, 200);
		add(entries, "official_account_open_http_svc/add_subscriber", Kind.WRITE, 100, 200);
		add(entries, "official_account_open_http_svc/delete_subscriber", Kind.WRITE, 0, 200);
		add(entries, "official_account_open_http_svc/modify_subscriber_info", Kind.WRITE, 0, 200);
		add(entries, "official_account_open_http_svc/get_subscribed_official_account_list", Kind.READ, 200, 200);
		add(entries, "openim_robot_http_svc/create_robot", Kind.WRITE, 0, 200);
		add(entries, "openim_robot_http_svc/delete_robot", Kind.WRITE, 0, 200);
		add(entries, "openim_robot_http_svc/get_all_robots", Kind.READ, 0, 200);
		add(entries, "openim_robot_http_svc/send_stream_msg", Kind.WRITE, 0, 200);
		add(entries, "openim_dirty_words/get", Kind.LEGACY_READ, 0, 200);
		add(entries, "openim_dirty_words/add", Kind.LEGACY_WRITE, 0, 200);
		add(entries, "openim_dirty_words/delete", Kind.LEGACY_WRITE, 0, 200);
		add(entries, "openim/im_get_push_report", Kind.LEGACY_READ, 0, 200);
		add(entries, "openim/querystate", Kind.LEGACY_READ, 500, 200);
		add(entries, "group_open_http_svc/get_group_shutted_uin", Kind.LEGACY_READ, 0, 200);
		return Collections.unmodifiableMap(entries);
	}

	private static void add(Map<String, Entry> entries, String path, Kind kind, int batchLimit, double quota) {
		entries.put(path, new Entry(path, kind == Kind.READ || kind == Kind.LEGACY_READ, batchLimit, quota,
				kind == Kind.LEGACY_READ || kind == Kind.LEGACY_WRITE));
	}

	private enum Kind {

		READ, WRITE, LEGACY_READ, LEGACY_WRITE

	}

	/**
	 * What the catalog knows of one command.
	 *
	 * @param path {@code service/command}
	 * @param idempotent whether the command only reads, so that it may be sent again when
	 * its outcome is unknown
	 * @param batchLimit the vendor's limit of the command's list parameter per call, or
	 * {@code 0} when it takes no list or the vendor documents none
	 * @param quota the vendor's quota in calls per second
	 * @param legacy whether the vendor replaced the command with another
	 */
	public record Entry(String path, boolean idempotent, int batchLimit, double quota, boolean legacy) {

		/**
		 * Return the servicename.
		 * @return the part of the path before the slash
		 */
		public String service() {
			return this.path.substring(0, this.path.indexOf('/'));
		}

		/**
		 * Return the command.
		 * @return the part of the path after the slash
		 */
		public String command() {
			return this.path.substring(this.path.indexOf('/') + 1);
		}

	}

}
