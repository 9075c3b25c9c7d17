package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/modify_group_base_info}: fields left
 * {@code null} stay unchanged.
 *
 * @param groupId the group ({@code GroupId})
 * @param name the name, at most 30 bytes ({@code Name})
 * @param introduction the introduction, at most 240 bytes ({@code Introduction})
 * @param notification the notice, at most 300 bytes ({@code Notification})
 * @param faceUrl the avatar URL, at most 100 bytes ({@code FaceUrl})
 * @param maxMemberNum the maximum number of members; not for audio-video groups
 * ({@code MaxMemberNum})
 * @param applyJoinOption how users may join; not for communities
 * ({@code ApplyJoinOption})
 * @param muteAllMember whether everyone is muted ({@code MuteAllMember})
 * @param appDefinedData custom fields to set; an empty value deletes the field
 * ({@code AppDefinedData})
 * @author chat-admin
 */
public record ModifyGroupRequest(@JsonProperty("GroupId") String groupId, @JsonProperty("Name") @Nullable String name,
		@JsonProperty("Introduction") @Nullable String introduction,
		@JsonProperty("Notification") @Nullable String notification, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("MaxMemberNum") @Nullable Long maxMemberNum,
		@JsonProperty("ApplyJoinOption") @Nullable JoinOption applyJoinOption,
		@JsonProperty("MuteAllMember") @Nullable MuteAllMember muteAllMember,
		@JsonProperty("AppDefinedData") @Nullable List<AppDefinedData> appDefinedData) {

	/**
	 * Return a builder of the request.
	 * @param groupId the group
	 * @return the builder
	 */
	public static Builder builder(String groupId) {
		return new Builder(groupId);
	}

	/**
	 * Builds a {@link ModifyGroupRequest}.
	 */
	public static final class Builder {

		private String groupId;

		private @Nullable String name;

		private @Nullable String introduction;

		private @Nullable String notification;

		private @Nullable String faceUrl;

		private @Nullable Long maxMemberNum;

		private @Nullable JoinOption applyJoinOption;

		private @Nullable MuteAllMember muteAllMember;

		private @Nullable List<AppDefinedData> appDefinedData;

		private Builder(String groupId) {
			this.groupId = groupId;
		}

		/**
		 * Set the name, at most 30 bytes ({@code Name}).
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the introduction, at most 240 bytes ({@code Introduction}).
		 * @param introduction the value
		 * @return this builder
		 */
		public Builder introduction(@Nullable String introduction) {
			this.introduction = introduction;
			return this;
		}

		/**
		 * Set the notice, at most 300 bytes ({@code Notification}).
		 * @param notification the value
		 * @return this builder
		 */
		public Builder notification(@Nullable String notification) {
			this.notification = notification;
			return this;
		}

		/**
		 * Set the avatar URL, at most 100 bytes ({@code FaceUrl}).
		 * @param faceUrl the value
		 * @return this builder
		 */
		public Builder faceUrl(@Nullable String faceUrl) {
			this.faceUrl = faceUrl;
			return this;
		}

		/**
		 * Set the maximum number of members; not for audio-video groups
		 * ({@code MaxMemberNum}).
		 * @param maxMemberNum the value
		 * @return this builder
		 */
		public Builder maxMemberNum(long maxMemberNum) {
			this.maxMemberNum = maxMemberNum;
			return this;
		}

		/**
		 * Set how users may join; not for communities ({@code ApplyJoinOption}).
		 * @param applyJoinOption the value
		 * @return this builder
		 */
		public Builder applyJoinOption(@Nullable JoinOption applyJoinOption) {
			this.applyJoinOption = applyJoinOption;
			return this;
		}

		/**
		 * Set whether everyone is muted ({@code MuteAllMember}).
		 * @param muteAllMember the value
		 * @return this builder
		 */
		public Builder muteAllMember(@Nullable MuteAllMember muteAllMember) {
			this.muteAllMember = muteAllMember;
			return this;
		}

		/**
		 * Set custom fields to set; an empty value deletes the field
		 * ({@code AppDefinedData}).
		 * @param appDefinedData the value
		 * @return this builder
		 */
		public Builder appDefinedData(@Nullable List<AppDefinedData> appDefinedData) {
			this.appDefinedData = appDefinedData;
			return this;
		}

		/**
		 * Return the request.
		 * @return the request
		 */
		public ModifyGroupRequest build() {
			return new ModifyGroupRequest(this.groupId, this.name, this.introduction, this.notification, this.faceUrl,
					this.maxMemberNum, this.applyJoinOption, this.muteAllMember, this.appDefinedData);
		}

	}

}
