package io.github.chatadmin.sample;

import java.util.List;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.api.account.AccountCheckResponse;
import io.github.chatadmin.client.api.account.AccountImportRequest;
import io.github.chatadmin.client.api.account.OnlineStatusResponse;
import io.github.chatadmin.client.api.conversation.ConversationType;
import io.github.chatadmin.client.api.conversation.GetConversationsResponse;
import io.github.chatadmin.client.api.profile.Profile;
import io.github.chatadmin.client.api.profile.ProfileTag;
import io.github.chatadmin.client.api.profile.SetProfileRequest;
import io.github.chatadmin.client.api.relation.AddFriendRequest;
import io.github.chatadmin.client.api.relation.FriendToAdd;
import io.github.chatadmin.client.api.relation.RelationResult;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Application service that manages chat users through the injected
 * {@link ChatAdminOperations}.
 *
 * @author chat-admin
 */
@Service
public class UserService {

	/**
	 * The source recorded on the friendships this sample makes.
	 */
	static final String ADD_SOURCE = "AddSource_Type_Sample";

	private final ChatAdminOperations chat;

	public UserService(ChatAdminOperations chat) {
		this.chat = chat;
	}

	public Mono<Void> create(String userId, String nick) {
		return this.chat.accounts().importAccount(new AccountImportRequest(userId, nick, null));
	}

	public Mono<Boolean> exists(String userId) {
		return this.chat.accounts()
			.check(List.of(userId))
			.map((response) -> response.resultItem().stream().anyMatch(AccountCheckResponse.Item::isImported));
	}

	public Mono<String> onlineStatus(String userId) {
		return this.chat.accounts().queryOnlineStatus(List.of(userId), false).map((response) -> {
			for (OnlineStatusResponse.Status status : response.queryResult()) {
				if (userId.equals(status.toAccount()) && status.status() != null) {
					return status.status();
				}
			}
			throw new UnknownUserException(userId);
		});
	}

	/**
	 * Read a user's nickname, avatar, signature and allow type.
	 * @param userId the user
	 * @return the profile; fails with the vendor's 40003 when the user does not exist
	 */
	public Mono<Profile> profile(String userId) {
		return this.chat.profiles()
			.get(userId, List.of(ProfileTag.NICK, ProfileTag.IMAGE, ProfileTag.SELF_SIGNATURE, ProfileTag.ALLOW_TYPE));
	}

	/**
	 * Set a user's nickname and avatar, whichever is given.
	 * @param userId the user
	 * @param nick the new nickname, or {@code null} to keep it
	 * @param avatar the new avatar URL, or {@code null} to keep it
	 * @return completes once set
	 */
	public Mono<Void> updateProfile(String userId, @Nullable String nick, @Nullable String avatar) {
		SetProfileRequest.Builder request = SetProfileRequest.builder(userId);
		if (nick != null) {
			request.nick(nick);
		}
		if (avatar != null) {
			request.image(avatar);
		}
		return this.chat.profiles().set(request.build());
	}

	/**
	 * Make two users friends of each other, as the app admin (no confirmation asked).
	 * @param userId the user
	 * @param friendId the new friend
	 * @param remark the user's remark on the friend, or {@code null}
	 * @return the vendor's result for the friend
	 */
	public Mono<RelationResult> addFriend(String userId, String friendId, @Nullable String remark) {
		FriendToAdd friend = FriendToAdd.of(friendId, ADD_SOURCE);
		if (remark != null) {
			friend = friend.withRemark(remark);
		}
		return this.chat.relations()
			.add(AddFriendRequest.of(userId, List.of(friend)).forced())
			.map((response) -> response.results().get(0));
	}

	public Mono<Void> delete(String userId) {
		return this.chat.accounts().delete(List.of(userId)).doOnNext((response) -> {
			for (var item : response.resultItem()) {
				if (item.resultCode() == 70107) {
					throw new UnknownUserException(userId);
				}
			}
		}).then();
	}

	/**
	 * Return a user's recent conversations, pinned first, then newest first; the pages
	 * after the first are read only while fewer than {@code limit} were listed.
	 * @param userId the user
	 * @param limit the most conversations to list
	 * @return the conversations
	 */
	public Mono<List<Conversation>> conversations(String userId, int limit) {
		return this.chat.conversations().list(userId).take(limit).map(Conversation::of).collectList();
	}

	/**
	 * A recent conversation of a user.
	 *
	 * @param type {@code c2c} or {@code group}
	 * @param with the peer's UserID or the group's ID
	 * @param time the time of the last message, in seconds
	 * @param pinned whether the user pinned the conversation
	 */
	public record Conversation(String type, String with, long time, boolean pinned) {

		static Conversation of(GetConversationsResponse.Conversation conversation) {
			boolean group = conversation.type() == ConversationType.GROUP;
			String with = group ? conversation.groupId() : conversation.toAccount();
			return new Conversation(group ? "group" : "c2c", (with != null) ? with : "",
					(conversation.msgTime() != null) ? conversation.msgTime() : 0, conversation.isPinned());
		}

	}

	/**
	 * Raised when a user does not exist in the chat app.
	 */
	public static class UnknownUserException extends RuntimeException {

		public UnknownUserException(String userId) {
			super("User '" + userId + "' does not exist");
		}

	}

}
