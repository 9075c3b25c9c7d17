package io.github.chatadmin.client.api.relation;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.chatadmin.client.api.TagValue;
import org.jspecify.annotations.Nullable;

/**
 * One friend of a {@code friend_import} request ({@code AddFriendItem}).
 *
 * @param toAccount the friend ({@code To_Account})
 * @param remark the remark, at most 96 bytes ({@code Remark})
 * @param remarkTime when the remark was set, Unix seconds ({@code RemarkTime})
 * @param groupName the friend lists ({@code GroupName})
 * @param addSource the source, {@code AddSource_Type_<keyword>} ({@code AddSource})
 * @param addWording the request's wording ({@code AddWording})
 * @param addTime when the friendship began, Unix seconds ({@code AddTime})
 * @param customItem custom friend fields ({@code CustomItem})
 * @author chat-admin
 */
public record ImportedFriend(@JsonProperty("To_Account") String toAccount,
		@JsonProperty("Remark") @Nullable String remark, @JsonProperty("RemarkTime") @Nullable Long remarkTime,
		@JsonProperty("GroupName") @Nullable List<String> groupName, @JsonProperty("AddSource") String addSource,
		@JsonProperty("AddWording") @Nullable String addWording, @JsonProperty("AddTime") @Nullable Long addTime,
		@JsonProperty("CustomItem") @Nullable List<TagValue> customItem) {

	/**
	 * Start an imported friend.
	 * @param toAccount the friend
	 * @param addSource the source, such as {@code AddSource_Type_Android}
	 * @return the builder
	 */
	public static Builder builder(String toAccount, String addSource) {
		return new Builder(toAccount, addSource);
	}

	/**
	 * Builds an {@link ImportedFriend}.
	 */
	public static final class Builder {

		private final String toAccount;

		private final String addSource;

		private @Nullable String remark;

		private @Nullable Long remarkTime;

		private @Nullable List<String> groupName;

		private @Nullable String addWording;

		private @Nullable Long addTime;

		private @Nullable List<TagValue> customItem;

		private Builder(String toAccount, String addSource) {
			this.toAccount = toAccount;
			this.addSource = addSource;
		}

		/**
		 * Set the remark and when it was set.
		 * @param remark the remark
		 * @param remarkTime Unix seconds, or {@code null}
		 * @return this builder
		 */
		public Builder remark(String remark, @Nullable Long remarkTime) {
			this.remark = remark;
			this.remarkTime = remarkTime;
			return this;
		}

		/**
		 * Set the friend lists.
		 * @param lists the names
		 * @return this builder
		 */
		public Builder lists(List<String> lists) {
			this.groupName = List.copyOf(lists);
			return this;
		}

		/**
		 * Set the request's wording.
		 * @param wording the wording
		 * @return this builder
		 */
		public Builder wording(String wording) {
			this.addWording = wording;
			return this;
		}

		/**
		 * Set when the friendship began.
		 * @param addTime Unix seconds
		 * @return this builder
		 */
		public Builder addTime(long addTime) {
			this.addTime = addTime;
			return this;
		}

		/**
		 * Add a custom friend field.
		 * @param item the field ({@code Tag_SNS_Custom_*}) and its value
		 * @return this builder
		 */
		public Builder custom(TagValue item) {
			List<TagValue> items = (this.customItem != null) ? new ArrayList<>(this.customItem) : new ArrayList<>();
			items.add(item);
			this.customItem = List.copyOf(items);
			return this;
		}

		/**
		 * Build the item.
		 * @return the item
		 */
		public ImportedFriend build() {
			return new ImportedFriend(this.toAccount, this.remark, this.remarkTime, this.groupName, this.addSource,
					this.addWording, this.addTime, this.customItem);
		}

	}

}
