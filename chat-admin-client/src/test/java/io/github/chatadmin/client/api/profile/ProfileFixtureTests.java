package io.github.chatadmin.client.api.profile;

import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.api.TagValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures of the profile commands, from the vendor's pages: each typed request is
 * written as the page's request example, and each response example is read with its
 * values.
 */
class ProfileFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(ProfileFixtureTests.class);

	private static final List<String> FOUR_TAGS = List.of(ProfileTag.NICK, ProfileTag.ALLOW_TYPE,
			ProfileTag.SELF_SIGNATURE, ProfileTag.custom("Test"));

	@Test
	void portrait_set() {
		fixtures.assertWrittenAs(SetProfileRequest.builder("id").nick("MyNickName").build(),
				"portrait_set.request.json");
		ChatResponse response = fixtures.read("portrait_set.response.json", ChatResponse.class);
		assertThat(response.errorCode()).isEqualTo(40001);
		assertThat(response.errorInfo()).isEqualTo("Err_Profile_Comm_Decode_Fail");
	}

	@Test
	void portrait_setShouldWriteEveryStandardFieldWithItsType() {
		SetProfileRequest request = SetProfileRequest.builder("id")
			.gender(Gender.FEMALE)
			.birthday(20190419)
			.allowType(AllowType.NEED_CONFIRM)
			.adminForbidType(AdminForbidType.SEND_OUT)
			.level(4294967295L)
			.custom("Test", "x")
			.build();
		assertThat(GoldenFixtures.written(request).toString()).isEqualTo("{\"From_Account\":\"id\",\"ProfileItem\":["
				+ "{\"Tag\":\"Tag_Profile_IM_Gender\",\"Value\":\"Gender_Type_Female\"},"
				+ "{\"Tag\":\"Tag_Profile_IM_BirthDay\",\"Value\":20190419},"
				+ "{\"Tag\":\"Tag_Profile_IM_AllowType\",\"Value\":\"AllowType_Type_NeedConfirm\"},"
				+ "{\"Tag\":\"Tag_Profile_IM_AdminForbidType\",\"Value\":\"AdminForbid_Type_SendOut\"},"
				+ "{\"Tag\":\"Tag_Profile_IM_Level\",\"Value\":4294967295},"
				+ "{\"Tag\":\"Tag_Profile_Custom_Test\",\"Value\":\"x\"}]}");
	}

	@Test
	void portrait_get() {
		fixtures.assertWrittenAs(new GetProfileRequest(List.of("id1"), List.of(ProfileTag.NICK)),
				"portrait_get.request.json");
		fixtures.assertWrittenAs(new GetProfileRequest(List.of("id1"), FOUR_TAGS), "portrait_get.request-2.json");
		fixtures.assertWrittenAs(new GetProfileRequest(List.of("id1", "id2", "id3"), List.of(ProfileTag.NICK)),
				"portrait_get.request-3.json");
		fixtures.assertWrittenAs(new GetProfileRequest(List.of("id1", "id2", "id3", "id4"), FOUR_TAGS),
				"portrait_get.request-4.json");
		GetProfileResponse one = fixtures.read("portrait_get.response.json", GetProfileResponse.class);
		assertThat(one.profiles()).singleElement().satisfies((user) -> {
			assertThat(user.toAccount()).isEqualTo("id1");
			assertThat(user.profile().nick()).isEqualTo("NickNameTest1");
			assertThat(user.profile().gender()).isNull();
		});
		assertThat(one.failAccount()).isNull();
		assertThat(one.extra()).containsKeys("ActionStatus", "ErrorDisplay");
		GetProfileResponse three = fixtures.read("portrait_get.response-3.json", GetProfileResponse.class);
		assertThat(three.profiles()).extracting((user) -> user.profile().nick())
			.containsExactly("NickNameTest1", "NickNameTest2", "NickNameTest3");
		GetProfileResponse mixed = fixtures.read("portrait_get.response-2.json", GetProfileResponse.class);
		Profile profile = mixed.profiles().get(0).profile();
		assertThat(profile.allowType()).isEqualTo(AllowType.NEED_CONFIRM);
		assertThat(profile.selfSignature()).isEqualTo("I'm Test1");
		assertThat(profile.custom()).containsExactlyEntriesOf(Map.of("Test", "Custom Data1"));
		assertThat(profile.custom("Test")).isEqualTo("Custom Data1");
	}

	@Test
	void portrait_getWithAFailedUser() {
		GetProfileResponse response = fixtures.read("portrait_get.response-4.json", GetProfileResponse.class);
		assertThat(response.profiles()).hasSize(4);
		assertThat(response.profiles().get(1).profile().allowType()).isEqualTo(AllowType.DENY_ANY);
		assertThat(response.profiles().get(2).profile().allowType()).isEqualTo(AllowType.ALLOW_ANY);
		assertThat(response.profiles().get(2).profile().custom()).containsEntry("Test", "Custom Data3");
		assertThat(response.failures()).singleElement().satisfies((user) -> {
			assertThat(user.toAccount()).isEqualTo("id4");
			assertThat(user.resultCode()).isEqualTo(40006);
			assertThat(user.resultInfo()).isEqualTo("Err_Profile_PortraitGet_Read_Custom_Data_Fail");
			assertThat(user.profileItem()).isNull();
			assertThat(user.profile().items()).isEmpty();
		});
		assertThat(response.failAccount()).containsExactly("id4");
	}

	@Test
	void profileShouldTypeNumbersAndKeepUnknownVocabulary() {
		Profile profile = new Profile(List.of(TagValue.of(ProfileTag.LEVEL, 4294967295L),
				TagValue.of(ProfileTag.BIRTHDAY, 20190419), TagValue.of(ProfileTag.GENDER, "Gender_Type_Other"),
				TagValue.of(ProfileTag.ADMIN_FORBID_TYPE, "AdminForbid_Type_None"),
				TagValue.of(ProfileTag.LANGUAGE, "7")));
		assertThat(profile.level()).isEqualTo(4294967295L);
		assertThat(profile.birthday()).isEqualTo(20190419L);
		assertThat(profile.gender()).isEqualTo(Gender.UNRECOGNIZED);
		assertThat(profile.value(ProfileTag.GENDER).asString()).isEqualTo("Gender_Type_Other");
		assertThat(profile.adminForbidType()).isEqualTo(AdminForbidType.NONE);
		assertThat(profile.language()).isEqualTo(7L);
		assertThat(profile.role()).isNull();
	}

}
