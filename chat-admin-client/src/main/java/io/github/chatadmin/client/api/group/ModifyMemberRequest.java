package io.github.chatadmin.client.api.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code group_open_http_svc/modify_group_member_info}: one member; fields
 * left {@code null} stay unchanged (not for audio-video groups).
 *
 * @param groupId the group ({@code GroupId})
 * @param memberAccount the member ({@code Member_Account})
 * @param role {@code Admin} to make an admin, {@code Member} to take the role away; the
 * owner cannot be changed ({@code Role})
 * @param msgFlag how the member receives messages ({@code MsgFlag})
 * @param nameCard the name card, at most 50 bytes ({@code NameCard})
 * @param appMemberDefinedData custom fields to set ({@code AppMemberDefinedData})
 * @param muteTime seconds to mute the member, up to 4294967295; {@code 0} unmutes; work
 * groups cannot mute ({@code MuteTime})
 * @author chat-admin
 */
public record ModifyMemberRequest(@JsonProperty("GroupId") String groupId,
		@JsonProperty("Member_Account") String memberAccount, @JsonProperty("Role") @Nullable MemberRole role,
		@JsonProperty("MsgFlag") @Nullable MessageFlag msgFlag, @JsonProperty("NameCard") @Nullable String nameCard,
		@JsonProperty("AppMemberDefinedData") @Nullable List<AppDefinedData> appMemberDefinedData,
		@JsonProperty("MuteTime") @Nullable Long muteTime) {

	/**
	 * Return a builder of the request.
	 * @param groupId the group
	 * @param memberAccount the member
	 * @return the builder
	 */
	public static Builder builder(String groupId, String memberAccount) {
		return new Builder(groupId, memberAccount);
	}

	/**
	 * Builds a {@link ModifyMemberRequest}.
	 */
	public static final class Builder {

		private String groupId;

		private String memberAccount;

		private @Nullable MemberRole role;

		private @Nullable MessageFlag msgFlag;

		private @Nullable String nameCard;

		private @Nullable List<AppDefinedData> appMemberDefinedData;

		private @Nullable Long muteTime;

		private Builder(String groupId, String memberAccount) {
			this.groupId = groupId;
			this.memberAccount = memberAccount;
		}

		/**
		 * Set {@code Admin} to make an admin, {@code Member} to take the role away; the
		 * owner cannot be changed ({@code Role}).
		 * @param role the value
		 * @return this builder
		 */
		public Builder role(@Nullable MemberRole role) {
			this.role = role;
			return this;
		}

		/**
		 * Set how the member receives messages ({@code MsgFlag}).
		 * @param msgFlag the value
		 * @return this builder
		 */
		public Builder msgFlag(@Nullable MessageFlag msgFlag) {
			this.msgFlag = msgFlag;
			return this;
		}

		/**
		 * Set the name card, at most 50 bytes ({@code NameCard}).
		 * @param nameCard the value
		 * @return this builder
		 */
		public Builder nameCard(@Nullable String nameCard) {
			this.nameCard = nameCard;
			return this;
		}

		/**
		 * Set custom fields to set ({@code AppMemberDefinedData}).
		 * @param appMemberDefinedData the value
		 * @return this builder
		 */
		public Builder appMemberDefinedData(@Nullable List<AppDefinedData> appMemberDefinedData) {
			this.appMemberDefinedData = appMemberDefinedData;
			return this;
		}

		/**
		 * Set seconds to mute the member, up to 4294967295; {@code 0} unmutes; work
		 * groups cannot mute ({@code MuteTime}).
		 * @param muteTime the value
		 * @return this builder
		 */
		public Builder muteTime(long muteTime) {
			this.muteTime = muteTime;
			return this;
		}

		/**
		 * Return the request.
		 * @return the request
		 */
		public ModifyMemberRequest build() {
			return new ModifyMemberRequest(this.groupId, this.memberAccount, this.role, this.msgFlag, this.nameCard,
					this.appMemberDefinedData, this.muteTime);
		}

	}

}
