package io.github.chatadmin.client.api.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatResponse;
import io.github.chatadmin.client.GoldenFixtures;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures of the push commands, from the vendor's pages.
 */
class PushFixtureTests {

	private static final GoldenFixtures fixtures = GoldenFixtures.of(PushFixtureTests.class);

	private static OfflinePushInfo notification(String title, String desc) {
		return OfflinePushInfo.builder().title(title).desc(desc).build();
	}

	private static OfflinePushInfo pushed() {
		return OfflinePushInfo.builder().pushFlag(0).title("Offline Push Title").desc("Offline Push Content").build();
	}

	@Test
	void timpushPush() {
		fixtures.assertWrittenAs(
				PushRequest.builder().from("administrator").msgRandom(3674128).offlinePushInfo(pushed()).build(),
				"timpush.push.request.json");
		fixtures.assertWrittenAs(PushRequest.builder()
			.from("administrator")
			.msgRandom(3674128)
			.offlinePushInfo(OfflinePushInfo.builder().pushFlag(1).ext("Transparent content").build())
			.build(), "timpush.push.request-2.json");
		fixtures.assertWrittenAs(PushRequest.builder()
			.from("administrator")
			.msgRandom(124032)
			.condition(PushCondition.tagsAnd("Stock A", "Stock B"))
			.offlinePushInfo(pushed())
			.build(), "timpush.push.request-3.json");
		fixtures.assertWrittenAs(PushRequest.builder()
			.from("administrator")
			.msgRandom(124032)
			.condition(PushCondition.tagsOr("Stock A", "Stock B"))
			.offlinePushInfo(pushed())
			.build(), "timpush.push.request-4.json");
		Map<String, String> attrs = new LinkedHashMap<>();
		attrs.put("Membership Level", "Ultra-Platinum Member");
		attrs.put("city", " Shenzhen ");
		fixtures.assertWrittenAs(PushRequest.builder()
			.from("administrator")
			.msgRandom(389475)
			.condition(PushCondition.attrsAnd(attrs))
			.offlinePushInfo(pushed())
			.build(), "timpush.push.request-5.json");
		fixtures.assertWrittenAs(PushRequest.builder()
			.from("admin")
			.msgRandom(3674128)
			.onlineOnlyFlag(0)
			.body(MessageElement.text("hi, beauty"))
			.offlinePushInfo(pushed())
			.build(), "timpush.push.request-6.json");
		fixtures.assertWrittenAs(PushRequest.builder()
			.from("xiaoming")
			.msgRandom(3674128)
			.onlineOnlyFlag(1)
			.body(MessageElement.text("hi, beauty"))
			.offlinePushInfo(OfflinePushInfo.builder().pushFlag(1).build())
			.build(), "timpush.push.request-7.json");
		assertThat(PushRequest.builder().offlinePushInfo(pushed()).build().msgRandom()).isBetween(0L, 0xFFFF_FFFFL);
	}

	@Test
	void timpushBatch() {
		fixtures.assertWrittenAs(
				UserPushRequest.of("administrator", List.of("user1", "user2"), pushed()).withMsgRandom(3674128),
				"timpush.batch.request.json");
		assertThat(fixtures.read("timpush.batch.response.json", PushResponse.class).taskId())
			.isEqualTo("batch_667015d4_537529d8_2000005e80aa873_d03ac87_56f5e750");
		PushResponse failed = fixtures.read("timpush.batch.response-2.json", PushResponse.class);
		assertThat(failed.taskId()).isEmpty();
		assertThat(failed.extra().get("ErrorCode").intValue()).isEqualTo(90001);
	}

	@Test
	void timpushRevoke() {
		String task = "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e";
		fixtures.assertWrittenAs(new RevokePushRequest(task,
				OfflinePushInfo.builder()
					.title("Recall Title")
					.desc("The other party has recalled a message")
					.ext("{\"entity\":{\"key1\":\"value1\",\"key2\":\"value2\"}}")
					.build()),
				"timpush.revoke.request.json");
		fixtures.assertWrittenAs(
				new RevokePushRequest(task, notification("recall title", "The other party has recalled a message.")),
				"timpush.revoke.request-2.json");
		assertThat(fixtures.read("timpush.revoke.response.json", ChatResponse.class).errorCode()).isZero();
	}

	@Test
	void attributeNames() {
		Map<String, String> names = Map.of("0", "sex", "1", "city", "2", "country");
		fixtures.assertWrittenAs(AttributeNamesRequest.of(names), "timpush.set_attr_name.request.json");
		fixtures.assertWrittenAs(AttributeNamesRequest.of(names).withTypes(Map.of("0", 0, "1", 0, "2", 0)),
				"timpush.set_attr_name.request-2.json");
		assertThat(fixtures.read("timpush.set_attr_name.response.json", ChatResponse.class).errorCode()).isZero();
		assertThat(fixtures.tree("timpush.get_attr_name.request.json")).isEmpty();
		AttributeNamesResponse response = fixtures.read("timpush.get_attr_name.response.json",
				AttributeNamesResponse.class);
		assertThat(response.names()).containsEntry("2", "country");
		assertThat(response.attrTypes()).containsEntry("2", 1).containsEntry("0", 0);
		fixtures.assertWrittenAs(AttributeNamesRequest.of(names), "all_member_push.im_set_attr_name.request.json");
		assertThat(
				fixtures.read("all_member_push.im_get_attr_name.response.json", AttributeNamesResponse.class).names())
			.containsEntry("2", "Membership level");
	}

	@Test
	void attributes() {
		fixtures.assertWrittenAs(PushUsersRequest.of(List.of("Mary", "xiaoming", "xiaohua")),
				"timpush.get_attr.request.json");
		UserAttributesResponse response = fixtures.read("timpush.get_attr.response.json", UserAttributesResponse.class);
		assertThat(response.users()).hasSize(3);
		assertThat(response.users().get(0).values()).containsEntry("city", "NewYork");
		assertThat(response.users().get(2).values()).isEmpty();
		UserAttributesResponse partial = fixtures.read("timpush.get_attr.response-2.json",
				UserAttributesResponse.class);
		assertThat(partial.failures()).containsExactly(new PushUserError("Mary", 70107, null));
		fixtures.assertWrittenAs(
				new UserAttributesRequest(
						List.of(new UserAttributes("xiaojun012", Map.of("sex", "attr1", "city", "attr2")),
								new UserAttributes("xiaojun013", Map.of("city", "attr3", "sex", "attr4")))),
				"timpush.set_attr.request.json");
		fixtures.assertWrittenAs(
				new UserAttributesRequest(List.of(
						new UserAttributes("379C2F0D-290D-47AE-94D1-919058C39C77",
								Map.of("sex", "female", "city", "NewYork")),
						new UserAttributes("xiaoming", Map.of("sex", "male", "city", "ShenZhen")))),
				"timpush.set_attr.request-2.json");
		assertThat(fixtures.read("timpush.set_attr.response.json", PushUsersResponse.class).failures()).isEmpty();
		fixtures.assertWrittenAs(
				new RemoveAttributesRequest(List.of(new UserAttributeNames("Mary", List.of("sex", "city")),
						new UserAttributeNames("xiaoming", List.of("sex", "city")))),
				"timpush.remove_attr.request.json");
		assertThat(fixtures.read("timpush.remove_attr.response.json", PushUsersResponse.class).failures()).isEmpty();
	}

	@Test
	void tags() {
		fixtures.assertWrittenAs(PushUsersRequest.of(List.of("xiaoming", "xiaohong")), "timpush.get_tag.request.json");
		UserTagsResponse response = fixtures.read("timpush.get_tag.response.json", UserTagsResponse.class);
		assertThat(response.users()).containsExactly(new UserTags("xiaoming", List.of("GoldMember", "WeekPassUser")),
				new UserTags("xiaohong", List.of("PlatinumMember", "MonthPassUser")));
		UserTagsRequest ab = new UserTagsRequest(
				List.of(new UserTags("xiaojun012", List.of("a", "b")), new UserTags("xiaojun013", List.of("a", "b"))));
		fixtures.assertWrittenAs(ab, "timpush.add_tag.request.json");
		fixtures.assertWrittenAs(new UserTagsRequest(response.users()), "timpush.add_tag.request-2.json");
		fixtures.assertWrittenAs(ab, "timpush.remove_tag.request.json");
		fixtures.assertWrittenAs(PushUsersRequest.of(List.of("xiaojun012", "xiaojun013")),
				"timpush.clear_all_tags.request.json");
		assertThat(fixtures.read("timpush.add_tag.response.json", PushUsersResponse.class).failures()).isEmpty();
		assertThat(fixtures.read("timpush.clear_all_tags.response.json", ChatResponse.class).errorCode()).isZero();
	}

	@Test
	void scheduledTasks() {
		OfflinePushInfo info = notification("Offline Push Title", "Offline Push Content");
		fixtures.assertWrittenAs(
				new AddScheduledPushRequest(88888888, ScheduledPushType.TAG, "2025-06-01 10:00:00", ScheduledPushContent
					.toTagged("administrator", PushCondition.tagsAnd("Stock A", "Stock B"), info)),
				"timpush.add_sched_task.request.json");
		fixtures
			.assertWrittenAs(
					AddScheduledPushRequest.of(88888888, ScheduledPushType.ALL, PushTimes.parse("2025-06-01 10:00:00"),
							ScheduledPushContent.toAll("administrator", info)),
					"timpush.add_sched_task.request-2.json");
		fixtures.assertWrittenAs(
				new AddScheduledPushRequest(88888888, ScheduledPushType.USER, "2025-06-01 10:00:00",
						ScheduledPushContent.toUsers("administrator", List.of("user1", "user2"), info)),
				"timpush.add_sched_task.request-3.json");
		fixtures.assertWrittenAs(new ModifyScheduledPushRequest(88888888, 1234567890L, ScheduledPushType.ALL,
				"2025-06-15 14:00:00", null), "timpush.modify_sched_task.request.json");
		fixtures.assertWrittenAs(
				new ModifyScheduledPushRequest(88888888, 1234567890L, ScheduledPushType.ALL, null,
						ScheduledPushContent
							.notification(notification("New Push Title", "New Push Content Description"))),
				"timpush.modify_sched_task.request-2.json");
		fixtures.assertWrittenAs(
				new ModifyScheduledPushRequest(88888888, 1234567890L, ScheduledPushType.ALL, "2025-07-01 09:00:00",
						ScheduledPushContent.notification(notification("Updated Title", "Updated Description"))),
				"timpush.modify_sched_task.request-3.json");
		fixtures.assertWrittenAs(new ScheduledTaskRequest(88888888, 1234567890L),
				"timpush.get_sched_task.request.json");
		ScheduledTask task = fixtures.read("timpush.get_sched_task.response.json", ScheduledTaskResponse.class)
			.taskInfo();
		assertThat(task.taskId()).isEqualTo(1234567890L);
		assertThat(task.sdkappid()).isEqualTo(88888888L);
		assertThat(task.type()).isEqualTo(ScheduledPushType.ALL);
		assertThat(task.isPending()).isTrue();
		assertThat(task.content().fromAccount()).isEqualTo("12345");
		assertThat(task.content().msgRandom()).isEqualTo(123456L);
		assertThat(task.content().offlinePushInfo().title()).isEqualTo("Push Title");
		assertThat(task.dispatchSuccess()).isZero();
		assertThat(task.pushTaskId()).isEmpty();
		assertThat(PushTimes.parse(task.schedAt())).isEqualTo(java.time.Instant.parse("2025-06-01T10:00:00Z"));
		fixtures.assertWrittenAs(ListScheduledTasksRequest
			.first(88888888, PushTimes.parse("2025-05-01 00:00:00"), PushTimes.parse("2025-06-01 00:00:00"), 20)
			.withKeyword("Push Title"), "timpush.list_sched_task.request.json");
		fixtures.assertWrittenAs(new DeleteScheduledPushRequest(88888888, 1234567890L, ScheduledPushType.ALL),
				"timpush.delete_sched_task.request.json");
		assertThat(fixtures.read("timpush.delete_sched_task.response.json", ScheduledTaskIdResponse.class).taskId())
			.isEqualTo(1234567890L);
		assertThat(fixtures.read("timpush.delete_sched_task.response-2.json", ScheduledTaskIdResponse.class).taskId())
			.isZero();
		assertThat(ScheduledPushType.of("Later").isKnown()).isFalse();
		assertThat(ScheduledPushType.of("Later").value()).isEqualTo("Later");
	}

	@Test
	void legacyPush() {
		fixtures.assertWrittenAs(
				LegacyPushRequest.builder().from("admin").msgRandom(56512).msgLifeTime(120).text("hi, beauty").build(),
				"all_member_push.im_push.request.json");
		fixtures.assertWrittenAs(LegacyPushRequest.builder()
			.from("xiaoming")
			.msgRandom(3674128)
			.msgLifeTime(120)
			.text("hi, beauty")
			.build(), "all_member_push.im_push.request-2.json");
		fixtures.assertWrittenAs(LegacyPushRequest.builder()
			.from("xiaoming")
			.msgRandom(3674128)
			.msgLifeTime(120)
			.text("hi, beauty")
			.offlinePushInfo(OfflinePushInfo.builder()
				.pushFlag(0)
				.desc("Content to push offline")
				.ext("Passthrough content")
				.androidInfo(new OfflinePushInfo.AndroidInfo("android.mp3", null, null, Map.of()))
				.apnsInfo(new OfflinePushInfo.ApnsInfo("apns.mp3", 1, "apns title", "apns subtitle", "www.image.com",
						null, Map.of()))
				.build())
			.build(), "all_member_push.im_push.request-3.json");
		fixtures.assertWrittenAs(LegacyPushRequest.builder()
			.from("admin")
			.msgRandom(214)
			.msgLifeTime(120)
			.condition(PushCondition.tagsAnd("Stock A", "Stock B"))
			.text("hi, beauty")
			.build(), "all_member_push.im_push.request-5.json");
		fixtures.assertWrittenAs(LegacyPushRequest.builder()
			.from("admin")
			.msgRandom(124032)
			.msgLifeTime(120)
			.condition(PushCondition.tagsOr("Stock A", "Stock B"))
			.text("hi, beauty")
			.build(), "all_member_push.im_push.request-6.json");
		fixtures.assertWrittenAs(LegacyPushRequest.builder()
			.from("admin")
			.msgRandom(389475)
			.msgLifeTime(120)
			.condition(
					PushCondition.attrsAnd(Map.of("Membership Level", "Platinum Premier members", "city", "Shenzhen")))
			.text("hi, beauty")
			.build(), "all_member_push.im_push.request-7.json");
		assertThat(fixtures.read("all_member_push.im_push.response.json", PushResponse.class).taskId())
			.isEqualTo("1400123456_144115212910570789_4155518400_15723514");
	}

	@Test
	void legacyAttributesAndTags() {
		fixtures.assertWrittenAs(PushUsersRequest.of(List.of("Zhang Xiaohong", "Chen Xiaoming", "abc")),
				"all_member_push.im_get_attr.request.json");
		assertThat(fixtures.read("all_member_push.im_get_attr.response.json", UserAttributesResponse.class).users())
			.extracting(UserAttributes::toAccount)
			.containsExactly("Zhang Xiaohong", "abc", "Chen Xiaoming");
		fixtures.assertWrittenAs(
				new UserAttributesRequest(
						List.of(new UserAttributes("xiaojun012", Map.of("sex", "attr1", "city", "attr2")),
								new UserAttributes("xiaojun013", Map.of("city", "attr3", "sex", "attr4")))),
				"all_member_push.im_set_attr.request.json");
		fixtures.assertWrittenAs(
				new RemoveAttributesRequest(List.of(new UserAttributeNames("xiaojun013", List.of("sex", "city")),
						new UserAttributeNames("xiaojun012", List.of("sex", "city")))),
				"all_member_push.im_remove_attr.request.json");
		fixtures.assertWrittenAs(PushUsersRequest.of(List.of("xiaojun012", "xiaojun013")),
				"all_member_push.im_get_tag.request.json");
		assertThat(fixtures.read("all_member_push.im_get_tag.response.json", UserTagsResponse.class)
			.users()
			.get(1)
			.tagList()).containsExactly("a", "c");
		UserTagsRequest ab = new UserTagsRequest(
				List.of(new UserTags("xiaojun012", List.of("a", "b")), new UserTags("xiaojun013", List.of("a", "b"))));
		fixtures.assertWrittenAs(ab, "all_member_push.im_add_tag.request.json");
		fixtures.assertWrittenAs(ab, "all_member_push.im_remove_tag.request.json");
		fixtures.assertWrittenAs(PushUsersRequest.of(List.of("xiaojun012", "xiaojun013")),
				"all_member_push.im_remove_all_tags.request.json");
		for (String name : List.of("im_add_tag", "im_remove_tag", "im_remove_all_tags", "im_remove_attr", "im_set_attr",
				"im_set_attr_name")) {
			assertThat(fixtures.read("all_member_push." + name + ".response.json", PushUsersResponse.class).failures())
				.isEmpty();
		}
	}

}
