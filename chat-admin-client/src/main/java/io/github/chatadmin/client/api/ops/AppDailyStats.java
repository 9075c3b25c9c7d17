package io.github.chatadmin.client.api.ops;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One day of an app's operations statistics, as {@code openconfigsvr/getappinfo} answers
 * it: every value is a JSON string, counters and {@code AppId} included. The raw strings
 * stay in {@link #fields()}; the accessors parse the counters as {@code long}.
 *
 * @param date the day, {@code YYYYMMDD} ({@code Date})
 * @param fields every other field, as the vendor wrote it
 * @author chat-admin
 */
public record AppDailyStats(@JsonProperty("Date") @Nullable String date,
		@JsonAnySetter @JsonAnyGetter Map<String, String> fields) {

	/**
	 * Return a field as a number.
	 * @param field the vendor's field name, for example {@code ActiveUserNum}
	 * @return the value, or {@code null} when absent or empty
	 * @throws NumberFormatException if the field is not a number
	 */
	public @Nullable Long number(String field) {
		String value = this.fields.get(field);
		return (value == null || value.isEmpty()) ? null : Long.parseLong(value.trim());
	}

	/**
	 * Return the app's name ({@code AppName}).
	 * @return the name, or {@code null}
	 */
	public @Nullable String appName() {
		return this.fields.get("AppName");
	}

	/**
	 * Return the SDKAppID ({@code AppId}) as a number.
	 * @return the SDKAppID, or {@code null}
	 */
	public @Nullable Long appId() {
		return number("AppId");
	}

	/**
	 * Return the customer's name ({@code Company}).
	 * @return the name, or {@code null}
	 */
	public @Nullable String company() {
		return this.fields.get("Company");
	}

	/**
	 * Return {@code ActiveUserNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long activeUserNum() {
		return number("ActiveUserNum");
	}

	/**
	 * Return {@code RegistUserNumOneDay} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long registUserNumOneDay() {
		return number("RegistUserNumOneDay");
	}

	/**
	 * Return {@code RegistUserNumTotal} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long registUserNumTotal() {
		return number("RegistUserNumTotal");
	}

	/**
	 * Return {@code LoginTimes} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long loginTimes() {
		return number("LoginTimes");
	}

	/**
	 * Return {@code LoginUserNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long loginUserNum() {
		return number("LoginUserNum");
	}

	/**
	 * Return {@code UpMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long upMsgNum() {
		return number("UpMsgNum");
	}

	/**
	 * Return {@code SendMsgUserNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long sendMsgUserNum() {
		return number("SendMsgUserNum");
	}

	/**
	 * Return {@code APNSMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long apnsMsgNum() {
		return number("APNSMsgNum");
	}

	/**
	 * Return {@code C2CUpMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long c2cUpMsgNum() {
		return number("C2CUpMsgNum");
	}

	/**
	 * Return {@code C2CDownMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long c2cDownMsgNum() {
		return number("C2CDownMsgNum");
	}

	/**
	 * Return {@code C2CSendMsgUserNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long c2cSendMsgUserNum() {
		return number("C2CSendMsgUserNum");
	}

	/**
	 * Return {@code C2CAPNSMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long c2cApnsMsgNum() {
		return number("C2CAPNSMsgNum");
	}

	/**
	 * Return {@code MaxOnlineNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long maxOnlineNum() {
		return number("MaxOnlineNum");
	}

	/**
	 * Return {@code DownMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long downMsgNum() {
		return number("DownMsgNum");
	}

	/**
	 * Return {@code ChainIncrease} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long chainIncrease() {
		return number("ChainIncrease");
	}

	/**
	 * Return {@code ChainDecrease} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long chainDecrease() {
		return number("ChainDecrease");
	}

	/**
	 * Return {@code GroupUpMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupUpMsgNum() {
		return number("GroupUpMsgNum");
	}

	/**
	 * Return {@code GroupDownMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupDownMsgNum() {
		return number("GroupDownMsgNum");
	}

	/**
	 * Return {@code GroupSendMsgUserNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupSendMsgUserNum() {
		return number("GroupSendMsgUserNum");
	}

	/**
	 * Return {@code GroupAPNSMsgNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupApnsMsgNum() {
		return number("GroupAPNSMsgNum");
	}

	/**
	 * Return {@code GroupSendMsgGroupNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupSendMsgGroupNum() {
		return number("GroupSendMsgGroupNum");
	}

	/**
	 * Return {@code GroupJoinGroupTimes} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupJoinGroupTimes() {
		return number("GroupJoinGroupTimes");
	}

	/**
	 * Return {@code GroupQuitGroupTimes} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupQuitGroupTimes() {
		return number("GroupQuitGroupTimes");
	}

	/**
	 * Return {@code GroupNewGroupNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupNewGroupNum() {
		return number("GroupNewGroupNum");
	}

	/**
	 * Return {@code GroupAllGroupNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupAllGroupNum() {
		return number("GroupAllGroupNum");
	}

	/**
	 * Return {@code GroupDestroyGroupNum} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long groupDestroyGroupNum() {
		return number("GroupDestroyGroupNum");
	}

	/**
	 * Return {@code CallBackReq} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long callBackReq() {
		return number("CallBackReq");
	}

	/**
	 * Return {@code CallBackRsp} as a number.
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable Long callBackRsp() {
		return number("CallBackRsp");
	}

}
