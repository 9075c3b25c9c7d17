package io.github.chatadmin.client;

import io.github.chatadmin.client.api.account.AccountOperations;
import io.github.chatadmin.client.api.group.DefaultGroupOperations;
import io.github.chatadmin.client.api.group.GroupOperations;
import io.github.chatadmin.client.api.community.DefaultCommunityOperations;
import io.github.chatadmin.client.api.community.CommunityOperations;
import io.github.chatadmin.client.api.profile.DefaultProfileOperations;
import io.github.chatadmin.client.api.profile.ProfileOperations;
import io.github.chatadmin.client.api.relation.DefaultRelationOperations;
import io.github.chatadmin.client.api.relation.RelationOperations;
import io.github.chatadmin.client.api.push.DefaultPushOperations;
import io.github.chatadmin.client.api.push.PushOperations;
import io.github.chatadmin.client.api.officialaccount.DefaultOfficialAccountOperations;
import io.github.chatadmin.client.api.officialaccount.OfficialAccountOperations;
import io.github.chatadmin.client.api.bot.DefaultBotOperations;
import io.github.chatadmin.client.api.bot.BotOperations;
import io.github.chatadmin.client.api.moderation.ContentModerationOperations;
import io.github.chatadmin.client.api.moderation.DefaultModerationOperations;
import io.github.chatadmin.client.api.moderation.ModerationOperations;
import io.github.chatadmin.client.api.conversation.ConversationOperations;
import io.github.chatadmin.client.api.conversation.DefaultConversationOperations;
import io.github.chatadmin.client.api.ops.DefaultAppOperations;
import io.github.chatadmin.client.api.ops.AppOperations;
import io.github.chatadmin.client.api.groupmessage.DefaultGroupMessageOperations;
import io.github.chatadmin.client.api.groupmessage.GroupMessageOperations;
import io.github.chatadmin.client.api.message.DefaultMessageOperations;
import io.github.chatadmin.client.api.message.MessageOperations;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Operations of the Tencent Cloud Chat server-side REST admin API, implemented by
 * {@link ChatAdminTemplate}.
 * <p>
 * Every method returns a cold publisher: nothing is sent until it is subscribed to, and
 * each subscription sends anew. A call fails with a {@link ChatAdminException}; bad input
 * is refused with an {@link IllegalArgumentException} before anything is sent.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public interface ChatAdminOperations {

	/**
	 * Send a command and return the whole response body.
	 * @param service the servicename, for example {@code im_open_login_svc}
	 * @param command the command, for example {@code account_check}
	 * @param request the request body, serialized as a JSON object; {@code null} sends
	 * {@code {}}
	 * @return the response body, once its {@code ErrorCode} is {@code 0}
	 */
	Mono<JsonNode> execute(String service, String command, @Nullable Object request);

	/**
	 * Send a command and map the response body to the given type.
	 * @param <T> the response type
	 * @param service the servicename
	 * @param command the command
	 * @param request the request body; {@code null} sends {@code {}}
	 * @param responseType the type to map the response body to
	 * @return the response, once its {@code ErrorCode} is {@code 0}
	 */
	<T> Mono<T> execute(String service, String command, @Nullable Object request, Class<T> responseType);

	/**
	 * Send a described command: the typed path the grouped operations are built on.
	 * @param <Q> the request type
	 * @param <R> the response type
	 * @param command the command
	 * @param request the request body; {@code null} sends {@code {}}
	 * @return the response, once its {@code ErrorCode} is {@code 0}
	 */
	<Q, R> Mono<R> execute(ChatCommand<Q, R> command, @Nullable Q request);

	/**
	 * Return the account operations: import, check, delete, kick and online status.
	 * @return the account operations
	 */
	AccountOperations accounts();

	/**
	 * Return the one-to-one and streaming message operations: send, import, history,
	 * recall, read state, unread counts, edits and extensions.
	 * @return the message operations
	 * @since 0.1.0
	 */
	default MessageOperations messages() {
		return new DefaultMessageOperations(this, 4);
	}

	/**
	 * Return the group message operations: send, system notifications, recall, import,
	 * history, modify, broadcast, read receipts and extensions.
	 * @return the group message operations
	 * @since 0.1.0
	 */
	default GroupMessageOperations groupMessages() {
		return new DefaultGroupMessageOperations(this, 4);
	}

	/**
	 * Return the group operations: management, members, attributes, counters, bans and
	 * audio-video groups.
	 * @return the operations
	 * @since 0.1.0
	 */
	default GroupOperations groups() {
		return new DefaultGroupOperations(this, 4);
	}

	/**
	 * Return the community operations: topics and permission groups.
	 * @return the operations
	 * @since 0.1.0
	 */
	default CommunityOperations communities() {
		return new DefaultCommunityOperations(this, 4);
	}

	/**
	 * Return the profile operations: set and get standard and custom profile fields.
	 * @return the operations
	 * @since 0.1.0
	 */
	default ProfileOperations profiles() {
		return new DefaultProfileOperations(this, 4);
	}

	/**
	 * Return the relation operations: friends, friend lists, blocklist and follows.
	 * @return the operations
	 * @since 0.1.0
	 */
	default RelationOperations relations() {
		return new DefaultRelationOperations(this, 4);
	}

	/**
	 * Return the push operations: pushes to all, by tag, attribute or user, scheduled
	 * pushes, attributes and tags.
	 * @return the operations
	 * @since 0.1.0
	 */
	default PushOperations push() {
		return new DefaultPushOperations(this, 4);
	}

	/**
	 * Return the official account operations: accounts, subscribers, messages.
	 * @return the operations
	 * @since 0.1.0
	 */
	default OfficialAccountOperations officialAccounts() {
		return new DefaultOfficialAccountOperations(this, 4);
	}

	/**
	 * Return the chatbot operations.
	 * @return the operations
	 * @since 0.1.0
	 */
	default BotOperations bots() {
		return new DefaultBotOperations(this, 4);
	}

	/**
	 * Return the conversation operations: recent conversations, conversation groups and
	 * marks.
	 * @return the operations
	 * @since 0.1.0
	 */
	default ConversationOperations conversations() {
		return new DefaultConversationOperations(this, 4);
	}

	/**
	 * Return the moderation operations: moderation verdicts, keyword lists and global
	 * mute.
	 * @return the operations
	 * @since 0.1.0
	 */
	default ModerationOperations moderation() {
		return new DefaultModerationOperations(this, 4);
	}

	/**
	 * Return the content moderation operations: moderation verdicts and keyword lists.
	 * @return the operations, those of {@link #moderation()}
	 * @since 0.1.0
	 * @deprecated since 0.1.0 in favour of {@link #moderation()}, which also holds global
	 * mute
	 */
	@Deprecated(since = "0.1.0", forRemoval = true)
	default ContentModerationOperations contentModeration() {
		return moderation();
	}

	/**
	 * Return the app operations: statistics, message history files, IP lists and chat
	 * files.
	 * @return the operations
	 * @since 0.1.0
	 */
	default AppOperations operations() {
		return new DefaultAppOperations(this, 4);
	}

}
