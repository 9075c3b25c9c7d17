package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/create_group}.
 *
 * @param ownerAccount the owner, who becomes a member; {@code null} for a group without
 * owner ({@code Owner_Account})
 * @param type the type ({@code Type})
 * @param groupId a custom ID: printable ASCII, at most 48 bytes, not starting with
 * {@code @TGS#} (a community's must start with {@code @TGS#_}) ({@code GroupId})
 * @param name the name, at most 30 bytes ({@code Name})
 * @param introduction the introduction, at most 240 bytes ({@code Introduction})
 * @param notification the notice, at most 300 bytes ({@code Notification})
 * @param faceUrl the avatar URL, at most 100 bytes ({@code FaceUrl})
 * @param maxMemberCount the maximum number of members (the field other commands call
 * {@code MaxMemberNum}) ({@code MaxMemberCount})
 * @param applyJoinOption how users may join; not for communities
 * ({@code ApplyJoinOption})
 * @param appDefinedData the group's custom fields ({@code AppDefinedData})
 * @param memberList up to 100 initial members; none for an audio-video group
 * ({@code MemberList})
 * @param supportTopic {@code 1} for a community with topics ({@code SupportTopic})
 * @author chat-admin
 */
public record CreateGroupRequest(@JsonProperty("Owner_Account") @Nullable String ownerAccount,
		@JsonProperty("Type") GroupType type, @JsonProperty("GroupId") @Nullable String groupId,
		@JsonProperty("Name") String name, @JsonProperty("Introduction") @Nullable String introduction,
		@JsonProperty("Notification") @Nullable String notification, @JsonProperty("FaceUrl") @Nullable String faceUrl,
		@JsonProperty("MaxMemberCount") @Nullable Long maxMemberCount,
		@JsonProperty("ApplyJoinOption") @Nullable JoinOption applyJoinOption,
		@JsonProperty("AppDefinedData") @Nullable List<AppDefinedData> appDefinedData,
		@JsonProperty("MemberList") @Nullable List<NewMember> memberList,
		@JsonProperty("SupportTopic") @Nullable Integer supportTopic) {

	/**
	 * Return a builder of the request.
	 * @param type the type
	 * @param name the name, at most 30 bytes
	 * @return the builder
	 */
	public static Builder builder(GroupType type, String name) {
		return new Builder(type, name);
	}

	/**
	 * Builds a {@link CreateGroupRequest}.
	 */
	public static final class Builder {

		private @Nullable String ownerAccount;

		private GroupType type;

		private @Nullable String groupId;

		private String name;

		private @Nullable String introduction;

		private @Nullable String notification;

		private @Nullable String faceUrl;

		private @Nullable Long maxMemberCount;

		private @Nullable JoinOption applyJoinOption;

		private @Nullable List<AppDefinedData> appDefinedData;

		private @Nullable List<NewMember> memberList;

		private @Nullable Integer supportTopic;

		private Builder(GroupType type, String name) {
			this.type = type;
			this.name = name;
		}

		/**
		 * Set the owner, who becomes a member; {@code null} for a group without owner
		 * ({@code Owner_Account}).
		 * @param ownerAccount the value
		 * @return this builder
		 */
		public Builder ownerAccount(@Nullable String ownerAccount) {
			this.ownerAccount = ownerAccount;
			return this;
		}

		/**
		 * Set a custom ID: printable ASCII, at most 48 bytes, not starting with
		 * {@code @TGS#} (a community's must start with {@code @TGS#_}) ({@code GroupId}).
		 * @param groupId the value
		 * @return this builder
		 */
		public Builder groupId(@Nullable String groupId) {
			this.groupId = groupId;
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
		 * Set the maximum number of members (the field other commands call
		 * {@code MaxMemberNum}) ({@code MaxMemberCount}).
		 * @param maxMemberCount the value
		 * @return this builder
		 */
		public Builder maxMemberCount(long maxMemberCount) {
			this.maxMemberCount = maxMemberCount;
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
		 * Set the group's custom fields ({@code AppDefinedData}).
		 * @param appDefinedData the value
		 * @return this builder
		 */
		public Builder appDefinedData(@Nullable List<AppDefinedData> appDefinedData) {
			this.appDefinedData = appDefinedData;
			return this;
		}

		/**
		 * Set up to 100 initial members; none for an audio-video group
		 * ({@code MemberList}).
		 * @param memberList the value
		 * @return this builder
		 */
		public Builder memberList(@Nullable List<NewMember> memberList) {
			this.memberList = memberList;
			return this;
		}

		/**
		 * Set {@code 1} for a community with topics ({@code SupportTopic}).
		 * @param supportTopic the value
		 * @return this builder
		 */
		public Builder supportTopic(int supportTopic) {
			this.supportTopic = supportTopic;
			return this;
		}

		/**
		 * Return the request.
		 * @return the request
		 */
		public CreateGroupRequest build() {
			return new CreateGroupRequest(this.ownerAccount, this.type, this.groupId, this.name, this.introduction,
					this.notification, this.faceUrl, this.maxMemberCount, this.applyJoinOption, this.appDefinedData,
					this.memberList, this.supportTopic);
		}

	}

}
