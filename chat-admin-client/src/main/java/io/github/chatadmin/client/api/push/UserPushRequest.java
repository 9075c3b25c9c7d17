package io.github.chatadmin.client.api.push;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.message.MessageRandom;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code timpush/batch}: a push to 1 to 500 users (UserIDs or Push
 * RegistrationIDs), online and through the offline channels.
 *
 * @param fromAccount the sender, any existing account ({@code From_Account})
 * @param toAccount the receivers, 1 to 500 ({@code To_Account})
 * @param msgRandom the de-duplication value within the same second, unsigned 32-bit
 * ({@code MsgRandom})
 * @param offlinePushInfo the notification ({@code OfflinePushInfo})
 * @param dataId data of at most 64 bytes passed to the app's push callback
 * ({@code DataId})
 * @author chat-admin
 */
public record UserPushRequest(@JsonProperty("From_Account") String fromAccount,
		@JsonProperty("To_Account") List<String> toAccount, @JsonProperty("MsgRandom") long msgRandom,
		@JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
		@JsonProperty("DataId") @Nullable String dataId) {

	/**
	 * Return a push with a fresh {@code MsgRandom}.
	 * @param from the sender
	 * @param to the receivers
	 * @param offlinePushInfo the notification
	 * @return the request
	 */
	public static UserPushRequest of(String from, List<String> to, OfflinePushInfo offlinePushInfo) {
		return new UserPushRequest(from, List.copyOf(to), MessageRandom.next(), offlinePushInfo, null);
	}

	/**
	 * Return this push with a given {@code MsgRandom}.
	 * @param msgRandom a value between 0 and 4294967295
	 * @return the request
	 */
	public UserPushRequest withMsgRandom(long msgRandom) {
		return new UserPushRequest(this.fromAccount, this.toAccount, msgRandom, this.offlinePushInfo, this.dataId);
	}

	/**
	 * Return this push with data for the push callback.
	 * @param dataId at most 64 bytes
	 * @return the request
	 */
	public UserPushRequest withDataId(String dataId) {
		return new UserPushRequest(this.fromAccount, this.toAccount, this.msgRandom, this.offlinePushInfo, dataId);
	}

}
