package io.github.chatadmin.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.OfflinePushInfo;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import io.github.chatadmin.client.api.moderation.ContentModerationCommands;
import io.github.chatadmin.client.api.moderation.ContentModerationRequest;
import io.github.chatadmin.client.api.moderation.ModerationResult;
import io.github.chatadmin.client.api.officialaccount.CreateOfficialAccountRequest;
import io.github.chatadmin.client.api.officialaccount.OfficialAccountHistoryRequest;
import io.github.chatadmin.client.api.officialaccount.OfficialAccountRecallRequest;
import io.github.chatadmin.client.api.officialaccount.SendOfficialAccountMessageRequest;
import io.github.chatadmin.client.api.officialaccount.SendOfficialAccountMessageResponse;
import io.github.chatadmin.client.api.officialaccount.Subscriber;
import io.github.chatadmin.client.api.officialaccount.SubscriberResultsResponse;
import io.github.chatadmin.client.api.ops.AppDailyStats;
import io.github.chatadmin.client.api.ops.AppInfoRequest;
import io.github.chatadmin.client.api.ops.AppInfoResponse;
import io.github.chatadmin.client.api.push.AddScheduledPushRequest;
import io.github.chatadmin.client.api.push.DeleteScheduledPushRequest;
import io.github.chatadmin.client.api.push.ListScheduledTasksRequest;
import io.github.chatadmin.client.api.push.PushCondition;
import io.github.chatadmin.client.api.push.PushRequest;
import io.github.chatadmin.client.api.push.PushResponse;
import io.github.chatadmin.client.api.push.ScheduledPushContent;
import io.github.chatadmin.client.api.push.ScheduledPushType;
import io.github.chatadmin.client.api.push.ScheduledTask;
import io.github.chatadmin.client.api.push.UserTags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Round trips of the typed official-account, push, moderation and app operations against
 * the emulator.
 */
class TypedReachRoundTripTests {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private ChatAdminEmulator emulator;

	private ChatAdminTemplate chat;

	@BeforeEach
	void start() {
		this.emulator = ChatAdminEmulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start();
		this.chat = EmulatorTemplates.templateFor(this.emulator);
		this.chat.accounts().importAccounts(List.of("alice", "bob", "carol")).block();
	}

	@AfterEach
	void stop() {
		this.chat.close();
		this.emulator.close();
	}

	@Test
	void officialAccountSubscribersAndMessagesComeBack() {
		String id = this.chat.officialAccounts()
			.create(CreateOfficialAccountRequest.builder("alice", "News").id("@TOA#_news").build())
			.block()
			.officialAccountUserId();
		assertThat(id).isEqualTo("@TOA#_news");
		SubscriberResultsResponse added = this.chat.officialAccounts()
			.addSubscribers(id, List.of("bob", "carol", "ghost"))
			.block();
		assertThat(added.results()).extracting(SubscriberResultsResponse.Result::result).containsExactly(1, 1, 0);
		assertThat(this.chat.officialAccounts().addSubscribers(id, List.of("bob")).block().results())
			.extracting(SubscriberResultsResponse.Result::result)
			.containsExactly(2);
		assertThat(this.chat.officialAccounts().subscribers(id).collectList().block())
			.extracting(Subscriber::subscriberAccount)
			.containsExactly("bob", "carol");
		SendOfficialAccountMessageResponse first = this.chat.officialAccounts()
			.send(SendOfficialAccountMessageRequest.builder(id).text("one").random(4294967295L).build())
			.block();
		SendOfficialAccountMessageResponse second = this.chat.officialAccounts()
			.send(SendOfficialAccountMessageRequest.builder(id)
				.body(MessageElement.custom("{\"k\":1}", "two"))
				.cloudCustomData("c")
				.build())
			.block();
		assertThat(first.msgTime()).isEqualTo(NOW.getEpochSecond());
		List<ReceivedMessage> history = this.chat.officialAccounts()
			.history(OfficialAccountHistoryRequest.latest(id, 1))
			.collectList()
			.block();
		assertThat(history).extracting(ReceivedMessage::msgKey).containsExactly(second.msgKey(), first.msgKey());
		assertThat(history.get(1).msgRandom()).isEqualTo(4294967295L);
		assertThat(history.get(1).msgBody()).containsExactly(MessageElement.text("one"));
		assertThat(this.chat.officialAccounts()
			.recall(new OfficialAccountRecallRequest(id, List.of(first.msgKey()), null))
			.block()
			.recallRetList()).extracting((result) -> result.retCode()).containsExactly(0);
		assertThat(this.chat.officialAccounts()
			.history(OfficialAccountHistoryRequest.latest(id, 20))
			.collectList()
			.block()).extracting(ReceivedMessage::msgKey).containsExactly(second.msgKey());
	}

	@Test
	void subscribersArePagedWithTheVendorsCursor() {
		String id = this.chat.officialAccounts()
			.create(CreateOfficialAccountRequest.builder("alice", "Big").build())
			.block()
			.officialAccountUserId();
		List<String> users = IntStream.range(0, 250).mapToObj((i) -> "user" + i).toList();
		this.chat.accounts().importAccounts(users).block();
		this.chat.officialAccounts().addSubscribers(id, users).block();
		assertThat(
				this.chat.officialAccounts().subscribers(id).map(Subscriber::subscriberAccount).collectList().block())
			.hasSize(250)
			.containsExactlyInAnyOrderElementsOf(users);
	}

	@Test
	void destroyedOfficialAccountIsGone() {
		String id = this.chat.officialAccounts()
			.create(CreateOfficialAccountRequest.builder("alice", "Gone").build())
			.block()
			.officialAccountUserId();
		this.chat.officialAccounts().destroy(id).block();
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.officialAccounts().destroy(id).block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(130004));
	}

	@Test
	void pushToATagIsRecordedAndRevocable() {
		this.chat.push().addTags(List.of(new UserTags("bob", List.of("gold")))).block();
		assertThat(this.chat.push().tags(List.of("bob")).block().userTags()).singleElement()
			.satisfies((tags) -> assertThat(tags.tagList()).containsExactly("gold"));
		PushResponse pushed = this.chat.push()
			.pushToAll(PushRequest.builder()
				.from("alice")
				.condition(PushCondition.tagsAnd("gold"))
				.body(MessageElement.text("sale"))
				.offlinePushInfo(OfflinePushInfo.builder().title("Sale").desc("Today only").build())
				.build())
			.block();
		assertThat(this.emulator.pushes()).singleElement().satisfies((push) -> {
			assertThat(push.taskId()).isEqualTo(pushed.taskId());
			assertThat(push.command()).isEqualTo("timpush/push");
			assertThat(push.target()).isEqualTo(EmulatorPush.Target.TAGS);
			assertThat(push.tags()).containsExactly("gold");
			assertThat(push.msgBody()).contains("\"TIMTextElem\"").contains("sale");
			assertThat(push.offlinePushInfo()).contains("Today only");
			assertThat(push.revoked()).isFalse();
		});
		this.chat.push().revoke(pushed.taskId()).block();
		assertThat(this.emulator.pushes()).singleElement().satisfies((push) -> assertThat(push.revoked()).isTrue());
		assertThatExceptionOfType(ChatAdminResponseException.class)
			.isThrownBy(() -> this.chat.push().revoke(pushed.taskId()).block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(90050));
	}

	@Test
	void scheduledPushesAreListedPageByPageAndDeleted() {
		long app = this.emulator.getSdkAppId();
		OfflinePushInfo info = OfflinePushInfo.builder().title("Weekly").desc("Digest").build();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(this.chat.push()
				.schedule(AddScheduledPushRequest.of(app, ScheduledPushType.TAG, NOW.plus(Duration.ofHours(i + 1)),
						ScheduledPushContent.toTagged("alice", PushCondition.tagsOr("gold"), info)))
				.block()
				.taskId());
		}
		ListScheduledTasksRequest first = ListScheduledTasksRequest.first(app, NOW, NOW.plus(Duration.ofDays(1)), 2);
		List<ScheduledTask> tasks = this.chat.push().scheduledTasks(first).collectList().block();
		assertThat(tasks).extracting(ScheduledTask::taskId).containsExactlyElementsOf(reversed(ids));
		assertThat(tasks.get(0).schedAt()).isEqualTo("2026-12-04 17:00:00");
		assertThat(tasks.get(0).status()).isEqualTo("pending");
		assertThat(ids.get(0)).isGreaterThan(Integer.MAX_VALUE);
		this.chat.push()
			.deleteScheduled(new DeleteScheduledPushRequest(app, ids.get(0), ScheduledPushType.TAG))
			.block();
		assertThat(this.chat.push().scheduledTasks(first).map(ScheduledTask::taskId).collectList().block())
			.containsExactlyElementsOf(reversed(ids.subList(1, 5)));
		assertThat(this.emulator.pushes()).isEmpty();
	}

	@Test
	void pushesAreCheckedAsTheVendorChecksThem() {
		String offline = "\"OfflinePushInfo\":{\"Title\":\"t\",\"Desc\":\"d\"}";
		assertThat(rawCode("timpush", "push", "{\"MsgRandom\":1,\"Condition\":{\"TagsAnd\":[\"a\"],"
				+ "\"AttrsAnd\":{\"city\":\"x\"}}," + offline + "}"))
			.isEqualTo(90033);
		this.chat.execute("timpush", "set_attr_name", java.util.Map.of("AttrNames", java.util.Map.of("0", "city")))
			.block();
		assertThat(rawCode("timpush", "push", "{\"MsgRandom\":1,\"Condition\":{\"TagsAnd\":[\"a\"],"
				+ "\"AttrsAnd\":{\"city\":\"x\"}}," + offline + "}"))
			.isEqualTo(90039);
		assertThat(rawCode("timpush", "push",
				"{\"MsgRandom\":1,\"Condition\":{\"TagsAnd\":[\"a\"],\"TagsOr\":[\"a\"]}," + offline + "}"))
			.isEqualTo(90022);
		assertThat(rawCode("timpush", "push", "{\"MsgRandom\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElement\","
				+ "\"MsgContent\":{\"Text\":\"hi\"}}]," + offline + "}"))
			.isEqualTo(90001);
		assertThat(rawCode("timpush", "push", "{" + offline + "}")).isEqualTo(90005);
		assertThat(rawCode("timpush", "push", "{\"MsgRandom\":1}")).isEqualTo(90001);
		assertThat(rawCode("all_member_push", "im_push", "{\"MsgRandom\":1," + offline + "}")).isEqualTo(90001);
		assertThat(rawCode("timpush", "revoke", "{\"TaskId\":\"nope\"}")).isEqualTo(90049);
		assertThat(this.emulator.pushes()).isEmpty();
	}

	private int rawCode(String service, String command, String body) {
		try {
			this.chat.execute(service, command, new tools.jackson.databind.ObjectMapper().readTree(body)).block();
			return 0;
		}
		catch (ChatAdminResponseException ex) {
			return ex.getErrorCode();
		}
	}

	@Test
	void textWithABannedWordIsBlocked() {
		this.emulator.banWords("casino");
		ModerationResult blocked = this.chat
			.execute(ContentModerationCommands.MODERATE,
					new ContentModerationRequest("C2C", "Text", "Visit my Casino now", null, null))
			.block();
		assertThat(blocked.isBlocked()).isTrue();
		assertThat(blocked.keywords()).containsExactly("casino");
		ModerationResult passed = this.chat
			.execute(ContentModerationCommands.MODERATE,
					new ContentModerationRequest("C2C", "Text", "hello", null, null))
			.block();
		assertThat(passed.isBlocked()).isFalse();
		assertThat(passed.result()).isEqualTo("Pass");
	}

	@Test
	void appStatisticsDecodeAsLongs() {
		AppInfoResponse info = this.chat.operations().appInfo(AppInfoRequest.all()).block();
		assertThat(info.days()).hasSize(30);
		AppDailyStats latest = info.days().get(0);
		assertThat(latest.date()).isEqualTo("20261203");
		assertThat(latest.appId()).isEqualTo(this.emulator.getSdkAppId());
		assertThat(latest.registUserNumTotal()).isGreaterThan(Integer.MAX_VALUE);
		assertThat(latest.number("GroupUpMsgNum")).isGreaterThan(4_294_967_295L);
		AppInfoResponse some = this.chat.operations().appInfo(AppInfoRequest.of("ChainIncrease")).block();
		assertThat(some.days().get(0).chainIncrease()).isNotNull();
		assertThat(some.days().get(0).activeUserNum()).isNull();
		assertThat(this.chat.operations().ipList().block().ipList()).isNotEmpty();
	}

	private static List<Long> reversed(List<Long> ids) {
		List<Long> copy = new ArrayList<>(ids);
		java.util.Collections.reverse(copy);
		return copy;
	}

}
