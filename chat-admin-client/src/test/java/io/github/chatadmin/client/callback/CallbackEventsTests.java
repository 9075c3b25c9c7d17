package io.github.chatadmin.client.callback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.github.chatadmin.client.api.message.MessageElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CallbackEvents}, on the vendor's documented callback examples.
 *
 * @author chat-admin
 */
class CallbackEventsTests {

	/**
	 * The Chat callback commands of the catalog ({@code api-catalog.md}, "Callbacks").
	 */
	static final List<String> CATALOG = List.of("Alert.RequestOverLimit", "State.StateChange",
			"Profile.CallbackPortraitSet", "Sns.CallbackPrevFriendAdd", "Sns.CallbackPrevFriendResponse",
			"Sns.CallbackFriendAdd", "Sns.CallbackFriendDelete", "Sns.CallbackBlackListAdd",
			"Sns.CallbackBlackListDelete", "Follow.CallbackAfterFollowAdd", "Follow.CallbackAfterFollowDelete",
			"C2C.CallbackBeforeSendMsg", "C2C.CallbackAfterSendMsg", "C2C.CallbackAfterMsgReport",
			"C2C.CallbackAfterMsgWithDraw", "C2C.CallbackAfterC2CMsgExtension", "Group.CallbackBeforeCreateGroup",
			"Group.CallbackAfterCreateGroup", "Group.CallbackBeforeApplyJoinGroup",
			"Group.CallbackBeforeInviteJoinGroup", "Group.CallbackAfterNewMemberJoin", "Group.CallbackAfterMemberExit",
			"Group.CallbackBeforeSendMsg", "Group.CallbackAfterSendMsg", "Group.CallbackAfterGroupFull",
			"Group.CallbackAfterGroupDestroyed", "Group.CallbackAfterGroupInfoChanged",
			"Group.CallbackOnMemberStateChange", "Group.CallbackSendMsgException", "Group.CallbackAfterRecallMsg",
			"Group.CallbackBeforeCreateTopic", "Group.CallbackAfterCreateTopic", "Group.CallbackAfterTopicDestroyed",
			"Group.CallbackAfterTopicInfoChanged", "Group.CallbackAfterMemberFieldChanged",
			"Group.CallbackAfterGroupAttrChanged", "Group.CallbackAfterReadReceipt",
			"Group.CallbackAfterChangeGroupOwner", "Group.CallbackOnDailyGroupQuotaAlarm",
			"Group.CallbackAfterGroupMsgExtension", "ContentCallback.ResultNotify", "Bot.OnC2CMessage",
			"Bot.OnGroupMessage", "Chatbot.OnC2CSignalMessage", "OfficialAccount.CallbackBeforeCreateOfficialAccount",
			"OfficialAccount.CallbackAfterCreateOfficialAccount",
			"OfficialAccount.CallbackAfterOfficialAccountInfoChanged",
			"OfficialAccount.CallbackAfterOfficialAccountDestroyed", "OfficialAccount.CallbackBeforeAddSubscriber",
			"OfficialAccount.CallbackAfterAddSubscriber", "OfficialAccount.CallbackAfterOfficialAccountFull",
			"OfficialAccount.CallbackAfterDeleteSubscriber", "OfficialAccount.CallbackBeforeSendMsg",
			"OfficialAccount.CallbackAfterSendMsg", "OfficialAccount.CallbackAfterMsgWithDraw", "Push.OfflinePush",
			"Push.AllMemberPush");

	/**
	 * Commands whose vendor page shows no request example that could be retrieved.
	 */
	static final Set<String> WITHOUT_VENDOR_EXAMPLE = Set.of("Chatbot.OnC2CSignalMessage");

	static List<String> documentedCommands() {
		return CallbackEvents.knownCommands()
			.stream()
			.filter((command) -> !WITHOUT_VENDOR_EXAMPLE.contains(command))
			.toList();
	}

	@Test
	void everyCatalogCommandHasItsOwnRecord() {
		assertThat(CallbackEvents.knownCommands()).containsExactlyInAnyOrderElementsOf(CATALOG);
		assertThat(CallbackEvent.class.getPermittedSubclasses()).hasSize(CATALOG.size() + 1);
	}

	@ParameterizedTest
	@MethodSource("documentedCommands")
	void everyKnownCommandDecodesFromItsDocumentedExample(String command) throws IOException {
		CallbackEvent event = decode(command);
		assertThat(event).isInstanceOf(CallbackEvents.typeOf(command)).isNotInstanceOf(CallbackEvent.Unknown.class);
		assertThat(event.command()).isEqualTo(command);
		assertThat(event.toString()).doesNotContain("CallbackCommand");
	}

	@Test
	void c2cBeforeSendMsg() throws IOException {
		CallbackEvent.C2CBeforeSendMsg event = (CallbackEvent.C2CBeforeSendMsg) decode("C2C.CallbackBeforeSendMsg");
		assertThat(event.fromAccount()).isEqualTo("jared");
		assertThat(event.toAccount()).isEqualTo("John");
		assertThat(event.msgSeq()).isEqualTo(48374L);
		assertThat(event.msgRandom()).isEqualTo(2837546L);
		assertThat(event.msgTime()).isEqualTo(1557481126L);
		assertThat(event.msgKey()).isEqualTo("48374_2837546_1557481126");
		assertThat(event.onlineOnlyFlag()).isEqualTo(1);
		assertThat(event.msgBody()).containsExactly(MessageElement.text("red packet"));
		assertThat(event.cloudCustomData()).isEqualTo("your cloud custom data");
		assertThat(event.extra()).isEmpty();
	}

	@Test
	void c2cAfterSendMsg() throws IOException {
		CallbackEvent.C2CAfterSendMsg event = (CallbackEvent.C2CAfterSendMsg) decode("C2C.CallbackAfterSendMsg");
		assertThat(event.fromAccount()).isEqualTo("jared");
		assertThat(event.toAccount()).isEqualTo("Jonh");
		assertThat(event.msgSeq()).isEqualTo(48374L);
		assertThat(event.msgTime()).isEqualTo(1557481126L);
		assertThat(event.sendMsgResult()).isZero();
		assertThat(event.errorInfo()).isEqualTo("send msg succeed");
		assertThat(event.unreadMsgNum()).isEqualTo(7);
		assertThat(event.msgBody()).hasSize(1);
	}

	@Test
	void c2cAfterMsgReportAndWithdraw() throws IOException {
		CallbackEvent.C2CAfterMsgReport report = (CallbackEvent.C2CAfterMsgReport) decode("C2C.CallbackAfterMsgReport");
		assertThat(report.reportAccount()).isEqualTo("jared");
		assertThat(report.peerAccount()).isEqualTo("Jonh");
		assertThat(report.lastReadTime()).isEqualTo(1614754606L);
		CallbackEvent.C2CAfterMsgWithdraw withdraw = (CallbackEvent.C2CAfterMsgWithdraw) decode(
				"C2C.CallbackAfterMsgWithDraw");
		assertThat(withdraw.msgKey()).isEqualTo("48374_2837546_1557481126");
		assertThat(withdraw.unreadMsgNum()).isEqualTo(7);
	}

	@Test
	void groupSendMsg() throws IOException {
		CallbackEvent.GroupBeforeSendMsg before = (CallbackEvent.GroupBeforeSendMsg) decode(
				"Group.CallbackBeforeSendMsg");
		assertThat(before.groupId()).isEqualTo("@TGS#2J4SZEAEL");
		assertThat(before.type()).isEqualTo("Public");
		assertThat(before.fromAccount()).isEqualTo("jared");
		assertThat(before.operatorAccount()).isEqualTo("admin");
		assertThat(before.random()).isEqualTo(123456L);
		assertThat(before.msgBody()).containsExactly(MessageElement.text("red packet"));
		CallbackEvent.GroupAfterSendMsg after = (CallbackEvent.GroupAfterSendMsg) decode("Group.CallbackAfterSendMsg");
		assertThat(after.msgSeq()).isEqualTo(123L);
		assertThat(after.msgTime()).isEqualTo(1490686222L);
		assertThat(after.random()).isEqualTo(123456L);
	}

	@Test
	void groupCreated() throws IOException {
		CallbackEvent.GroupAfterCreateGroup event = (CallbackEvent.GroupAfterCreateGroup) decode(
				"Group.CallbackAfterCreateGroup");
		assertThat(event.groupId()).isEqualTo("@TGS#2J4SZEAEL");
		assertThat(event.operatorAccount()).isEqualTo("group_root");
		assertThat(event.ownerAccount()).isEqualTo("leckie");
		assertThat(event.name()).isEqualTo("MyFirstGroup");
		assertThat(event.memberList()).extracting(CallbackEvent.Member::memberAccount).contains("bob");
		assertThat(event.userDefinedDataList()).first().satisfies((data) -> {
			assertThat(data.key()).isEqualTo("UserDefined1");
			assertThat(data.value()).isEqualTo("hello");
		});
	}

	@Test
	void memberJoinedAndLeft() throws IOException {
		CallbackEvent.GroupAfterNewMemberJoin joined = (CallbackEvent.GroupAfterNewMemberJoin) decode(
				"Group.CallbackAfterNewMemberJoin");
		assertThat(joined.joinType()).isEqualTo("Apply");
		assertThat(joined.operatorAccount()).isEqualTo("leckie");
		assertThat(joined.newMemberList()).extracting(CallbackEvent.Member::memberAccount).contains("jared");
		CallbackEvent.GroupAfterMemberExit left = (CallbackEvent.GroupAfterMemberExit) decode(
				"Group.CallbackAfterMemberExit");
		assertThat(left.exitType()).isEqualTo("Kicked");
		assertThat(left.exitMemberList()).extracting(CallbackEvent.Member::memberAccount).contains("jared");
	}

	@Test
	void groupRecallKeepsSequencesAsLongAndReadsAStringEventTime() throws IOException {
		CallbackEvent.GroupAfterRecallMsg event = (CallbackEvent.GroupAfterRecallMsg) decode(
				"Group.CallbackAfterRecallMsg");
		assertThat(event.msgSeqList()).extracting(CallbackEvent.MsgSeq::msgSeq).contains(130L);
		assertThat(event.eventTime()).isEqualTo(1670574414123L);
	}

	@Test
	void friendAdded() throws IOException {
		CallbackEvent.SnsFriendAdd event = (CallbackEvent.SnsFriendAdd) decode("Sns.CallbackFriendAdd");
		assertThat(event.pairList()).first().satisfies((pair) -> {
			assertThat(pair.fromAccount()).isEqualTo("id");
			assertThat(pair.toAccount()).isEqualTo("id1");
			assertThat(pair.initiatorAccount()).isEqualTo("id");
		});
		assertThat(event.clientCmd()).isEqualTo("friend_add");
		assertThat(event.forceFlag()).isEqualTo(1);
	}

	@Test
	void blacklistAdded() throws IOException {
		CallbackEvent.SnsBlackListAdd event = (CallbackEvent.SnsBlackListAdd) decode("Sns.CallbackBlackListAdd");
		assertThat(event.pairList()).extracting(CallbackEvent.AccountPair::toAccount).contains("id1");
	}

	@Test
	void profileSet() throws IOException {
		CallbackEvent.ProfilePortraitSet event = (CallbackEvent.ProfilePortraitSet) decode(
				"Profile.CallbackPortraitSet");
		assertThat(event.fromAccount()).isEqualTo("id1");
		assertThat(event.eventTime()).isEqualTo(1656921052497L);
		assertThat(event.profileItem()).first().satisfies((item) -> {
			assertThat(item.tag()).isEqualTo("Tag_Profile_IM_Nick");
			assertThat(item.value().asString()).isEqualTo("nick1");
		});
	}

	@Test
	void stateChange() throws IOException {
		CallbackEvent.StateChange event = (CallbackEvent.StateChange) decode("State.StateChange");
		assertThat(event.info().action()).isEqualTo("Logout");
		assertThat(event.info().toAccount()).isEqualTo("testuser316");
		assertThat(event.info().reason()).isEqualTo("Unregister");
	}

	@Test
	void alertAndFollow() throws IOException {
		CallbackEvent.AlertRequestOverLimit alert = (CallbackEvent.AlertRequestOverLimit) decode(
				"Alert.RequestOverLimit");
		assertThat(alert.serviceName()).isEqualTo("openim");
		assertThat(alert.apiCommand()).isEqualTo("batchsendmsg");
		assertThat(alert.request()).isEqualTo(510L);
		assertThat(alert.limit()).isEqualTo(200L);
		assertThat(alert.extra()).isEmpty();
		CallbackEvent.FollowAfterFollowAdd follow = (CallbackEvent.FollowAfterFollowAdd) decode(
				"Follow.CallbackAfterFollowAdd");
		assertThat(follow.fromAccount()).isEqualTo("UserID_001");
		assertThat(follow.followList()).extracting(CallbackEvent.FollowItem::toAccount)
			.containsExactly("UserID_002", "UserID_003");
		assertThat(follow.eventTime()).isEqualTo(1702018343678L);
		CallbackEvent.FollowAfterFollowDelete unfollow = (CallbackEvent.FollowAfterFollowDelete) decode(
				"Follow.CallbackAfterFollowDelete");
		assertThat(unfollow.toAccount()).containsExactly("UserID_002", "UserID_003");
		assertThat(unfollow.extra()).isEmpty();
	}

	@Test
	void messageExtensions() throws IOException {
		CallbackEvent.C2CAfterMsgExtension c2c = (CallbackEvent.C2CAfterMsgExtension) decode(
				"C2C.CallbackAfterC2CMsgExtension");
		assertThat(c2c.fromAccount()).isEqualTo("user1");
		assertThat(c2c.toAccount()).isEqualTo("user2");
		assertThat(c2c.msgKey()).isEqualTo("93847636_1287657_1764688415");
		assertThat(c2c.operateType()).isEqualTo(1);
		assertThat(c2c.extensionList()).hasSize(3).first().satisfies((kv) -> {
			assertThat(kv.key()).isEqualTo("k1");
			assertThat(kv.value()).isEqualTo("v1");
			assertThat(kv.seq()).isEqualTo(1L);
		});
		assertThat(c2c.extra()).isEmpty();
		CallbackEvent.GroupAfterGroupMsgExtension group = (CallbackEvent.GroupAfterGroupMsgExtension) decode(
				"Group.CallbackAfterGroupMsgExtension");
		assertThat(group.groupId()).isEqualTo("test");
		assertThat(group.msgSeq()).isEqualTo(10L);
		assertThat(group.seq()).isEqualTo(56L);
		assertThat(group.extensionList()).extracting(CallbackEvent.Extension::key).containsExactly("key2", "key3");
	}

	@Test
	void groupEventsOfTheNewerPages() throws IOException {
		CallbackEvent.GroupSendMsgException exception = (CallbackEvent.GroupSendMsgException) decode(
				"Group.CallbackSendMsgException");
		assertThat(exception.errorCode()).isEqualTo(10023);
		assertThat(exception.errorInfo()).startsWith("msg count exceeds limit");
		assertThat(exception.msgBody()).containsExactly(MessageElement.text("red packet"));
		assertThat(exception.random()).isEqualTo(123456L);
		CallbackEvent.GroupAfterTopicInfoChanged topic = (CallbackEvent.GroupAfterTopicInfoChanged) decode(
				"Group.CallbackAfterTopicInfoChanged");
		assertThat(topic.name()).isEqualTo("TestTopic");
		assertThat(topic.faceUrl()).isEqualTo("http://this.is.face.url");
		CallbackEvent.GroupAfterMemberFieldChanged member = (CallbackEvent.GroupAfterMemberFieldChanged) decode(
				"Group.CallbackAfterMemberFieldChanged");
		assertThat(member.memberAccount()).isEqualTo("123456");
		assertThat(member.role()).isEqualTo("Admin");
		assertThat(member.nameCard()).isEqualTo("jacky");
		assertThat(member.eventTime()).as("a string on the vendor's page").isEqualTo(1670574414123L);
		CallbackEvent.GroupAfterGroupAttrChanged attr = (CallbackEvent.GroupAfterGroupAttrChanged) decode(
				"Group.CallbackAfterGroupAttrChanged");
		assertThat(attr.optionType()).isEqualTo("set");
		assertThat(attr.groupAttr()).extracting(CallbackEvent.GroupAttr::key).containsExactly("key1", "key2");
		assertThat(attr.groupAttr()).extracting(CallbackEvent.GroupAttr::value).containsExactly("value1", "values");
		CallbackEvent.GroupAfterReadReceipt receipt = (CallbackEvent.GroupAfterReadReceipt) decode(
				"Group.CallbackAfterReadReceipt");
		assertThat(receipt.groupMsgReceiptList()).hasSize(2).first().satisfies((first) -> {
			assertThat(first.msgSeq()).isEqualTo(1L);
			assertThat(first.readNum()).isEqualTo(1);
			assertThat(first.unreadNum()).isEqualTo(6);
			assertThat(first.readReceiptMembers()).extracting(CallbackEvent.Member::memberAccount)
				.containsExactly("user0");
		});
		CallbackEvent.GroupAfterChangeGroupOwner owner = (CallbackEvent.GroupAfterChangeGroupOwner) decode(
				"Group.CallbackAfterChangeGroupOwner");
		assertThat(owner.oldOwnerAccount()).isEqualTo("user1");
		assertThat(owner.newOwnerAccount()).isEqualTo("user2");
		CallbackEvent.GroupOnDailyGroupQuotaAlarm alarm = (CallbackEvent.GroupOnDailyGroupQuotaAlarm) decode(
				"Group.CallbackOnDailyGroupQuotaAlarm");
		assertThat(alarm.quotaUsed()).isEqualTo(7321L);
		assertThat(alarm.quota()).isEqualTo(10000L);
		for (CallbackEvent event : List.of(exception, topic, member, attr, receipt, owner, alarm)) {
			assertThat(event).hasFieldOrPropertyWithValue("extra", java.util.Map.of());
		}
	}

	@Test
	void contentModerationResultHasNoCommandInItsBody() throws IOException {
		CallbackEvent.ContentResultNotify result = (CallbackEvent.ContentResultNotify) decode(
				"ContentCallback.ResultNotify");
		assertThat(result.command()).isEqualTo("ContentCallback.ResultNotify");
		assertThat(result.scene()).isEqualTo("C2C");
		assertThat(result.sdkAppId()).isEqualTo(1400187352L);
		assertThat(result.contactItem().get("To_Account").asString()).isEqualTo("Jonh");
		assertThat(result.textContent()).containsExactly("aaabbbccc", "1234567");
		assertThat(result.result()).isEqualTo(1);
		assertThat(result.suggestion()).isEqualTo("Review");
		assertThat(result.subLabel()).isEqualTo("InsinuationPorn");
		assertThat(result.extra()).isEmpty();
	}

	@Test
	void chatbots() throws IOException {
		CallbackEvent.BotOnC2CMessage c2c = (CallbackEvent.BotOnC2CMessage) decode("Bot.OnC2CMessage");
		assertThat(c2c.toAccount()).isEqualTo("Jonh");
		assertThat(c2c.msgKey()).isEqualTo("48374_2837546_1557481126");
		assertThat(c2c.msgBody()).containsExactly(MessageElement.text("red packet"));
		assertThat(c2c.extra()).isEmpty();
		CallbackEvent.BotOnGroupMessage group = (CallbackEvent.BotOnGroupMessage) decode("Bot.OnGroupMessage");
		assertThat(group.atRobotsAccount()).containsExactly("@RBT#001");
		assertThat(group.msgSeq()).isEqualTo(123L);
		assertThat(group.msgBody()).containsExactly(MessageElement.text("@@RBT#001 hello"));
		assertThat(group.extra()).isEmpty();
		// no request example on the vendor's page: a body of the common fields only
		CallbackEvent signal = CallbackEvents.decode("Chatbot.OnC2CSignalMessage",
				"{\"From_Account\":\"app\",\"To_Account\":\"@RBT#001\",\"Data\":\"x\"}"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(signal).isInstanceOfSatisfying(CallbackEvent.ChatbotOnC2CSignalMessage.class, (event) -> {
			assertThat(event.toAccount()).isEqualTo("@RBT#001");
			assertThat(event.extra()).containsOnlyKeys("Data");
		});
	}

	@Test
	void officialAccounts() throws IOException {
		CallbackEvent.OfficialAccountBeforeCreate beforeCreate = (CallbackEvent.OfficialAccountBeforeCreate) decode(
				"OfficialAccount.CallbackBeforeCreateOfficialAccount");
		assertThat(beforeCreate.ownerAccount()).isEqualTo("107867");
		assertThat(beforeCreate.name()).isEqualTo("TestOfficialAccount");
		CallbackEvent.OfficialAccountAfterCreate afterCreate = (CallbackEvent.OfficialAccountAfterCreate) decode(
				"OfficialAccount.CallbackAfterCreateOfficialAccount");
		assertThat(afterCreate.officialAccount()).isEqualTo("@TOA#_test_OA_for_penn");
		CallbackEvent.OfficialAccountAfterInfoChanged changed = (CallbackEvent.OfficialAccountAfterInfoChanged) decode(
				"OfficialAccount.CallbackAfterOfficialAccountInfoChanged");
		assertThat(changed.organization()).isEqualTo("NewOrganization");
		assertThat(changed.faceUrl()).isEqualTo("http://this.is.newface.url");
		CallbackEvent.OfficialAccountAfterDestroyed destroyed = (CallbackEvent.OfficialAccountAfterDestroyed) decode(
				"OfficialAccount.CallbackAfterOfficialAccountDestroyed");
		assertThat(destroyed.ownerAccount()).isEqualTo("107867");
		CallbackEvent.OfficialAccountBeforeAddSubscriber beforeAdd = (CallbackEvent.OfficialAccountBeforeAddSubscriber) decode(
				"OfficialAccount.CallbackBeforeAddSubscriber");
		assertThat(beforeAdd.subscribeAccountList()).extracting(CallbackEvent.Subscriber::subscriberAccount)
			.containsExactly("jared", "leckie");
		CallbackEvent.OfficialAccountAfterAddSubscriber afterAdd = (CallbackEvent.OfficialAccountAfterAddSubscriber) decode(
				"OfficialAccount.CallbackAfterAddSubscriber");
		assertThat(afterAdd.operatorAccount()).isEqualTo("107867");
		CallbackEvent.OfficialAccountAfterFull full = (CallbackEvent.OfficialAccountAfterFull) decode(
				"OfficialAccount.CallbackAfterOfficialAccountFull");
		assertThat(full.officialAccount()).isEqualTo("@TOA#_test_OA_for_penn");
		CallbackEvent.OfficialAccountAfterDeleteSubscriber deleted = (CallbackEvent.OfficialAccountAfterDeleteSubscriber) decode(
				"OfficialAccount.CallbackAfterDeleteSubscriber");
		assertThat(deleted.subscribeAccountList()).hasSize(2);
		CallbackEvent.OfficialAccountBeforeSendMsg beforeSend = (CallbackEvent.OfficialAccountBeforeSendMsg) decode(
				"OfficialAccount.CallbackBeforeSendMsg");
		assertThat(beforeSend.msgBody()).containsExactly(MessageElement.text("red packet"));
		assertThat(beforeSend.onlineOnlyFlag()).isEqualTo(1);
		CallbackEvent.OfficialAccountAfterSendMsg afterSend = (CallbackEvent.OfficialAccountAfterSendMsg) decode(
				"OfficialAccount.CallbackAfterSendMsg");
		assertThat(afterSend.msgKey()).isEqualTo("71_1_1698741698");
		assertThat(afterSend.msgTime()).isEqualTo(1490686222L);
		CallbackEvent.OfficialAccountAfterMsgWithdraw withdrawn = (CallbackEvent.OfficialAccountAfterMsgWithdraw) decode(
				"OfficialAccount.CallbackAfterMsgWithDraw");
		assertThat(withdrawn.withdrawMsgList()).extracting(CallbackEvent.MsgKeyItem::msgKey)
			.containsExactly("71_1_1698741698");
		for (CallbackEvent event : List.of(beforeCreate, afterCreate, changed, destroyed, beforeAdd, afterAdd, full,
				deleted, beforeSend, afterSend, withdrawn)) {
			assertThat(event).hasFieldOrPropertyWithValue("extra", java.util.Map.of());
		}
	}

	@Test
	void pushResultsComeInBatches() throws IOException {
		CallbackEvent.PushOfflinePush offline = (CallbackEvent.PushOfflinePush) decode("Push.OfflinePush");
		assertThat(offline.events()).hasSize(2);
		assertThat(offline.events().get(0)).satisfies((event) -> {
			assertThat(event.eventType()).isEqualTo(1);
			assertThat(event.msgKey()).isEqualTo("48374_2837546_1557481126");
			assertThat(event.pushPlatform()).isEqualTo(1);
			assertThat(event.errCode()).isZero();
		});
		assertThat(offline.events().get(1).groupId()).isEqualTo("@TGS#12DEVUDHQ");
		assertThat(offline.events().get(1).extra()).as("the command repeated in each event").isEmpty();
		CallbackEvent.PushAllMemberPush all = (CallbackEvent.PushAllMemberPush) decode("Push.AllMemberPush");
		assertThat(all.events()).extracting(CallbackEvent.AllMemberPushResult::taskId)
			.containsExactly("657bf434_537529d8_2000005e80aa873_2780d131_bc614e",
					"657bf434_537529d8_2000005e80aa873_2780d131_9");
		assertThat(all.events().get(1).toAccount()).isEqualTo("user3");
		assertThat(all.extra()).isEmpty();
	}

	@Test
	void unknownFieldsAreKept() {
		CallbackEvent event = CallbackEvents.decode("C2C.CallbackAfterSendMsg",
				"{\"CallbackCommand\":\"C2C.CallbackAfterSendMsg\",\"MsgRandom\":9223372036854775807,\"NewField\":{\"a\":1}}"
					.getBytes(StandardCharsets.UTF_8));
		CallbackEvent.C2CAfterSendMsg sent = (CallbackEvent.C2CAfterSendMsg) event;
		assertThat(sent.msgRandom()).isEqualTo(Long.MAX_VALUE);
		assertThat(sent.extra()).containsOnlyKeys("NewField");
		assertThat(sent.extra().get("NewField").get("a").asInt()).isEqualTo(1);
	}

	@Test
	void unknownCommandKeepsTheRawBody() {
		CallbackEvent event = CallbackEvents.decode("Future.CallbackSomething",
				"{\"CallbackCommand\":\"Future.CallbackSomething\",\"X\":1}".getBytes(StandardCharsets.UTF_8));
		assertThat(event).isInstanceOfSatisfying(CallbackEvent.Unknown.class, (unknown) -> {
			assertThat(unknown.command()).isEqualTo("Future.CallbackSomething");
			assertThat(unknown.body().get("X").asInt()).isEqualTo(1);
		});
	}

	@Test
	void bodyThatDoesNotFitItsCommandIsKeptRaw() {
		CallbackEvent event = CallbackEvents.decode("C2C.CallbackAfterSendMsg",
				"{\"MsgSeq\":{\"not\":\"a number\"}}".getBytes(StandardCharsets.UTF_8));
		assertThat(event).isInstanceOf(CallbackEvent.Unknown.class);
		assertThat(event.command()).isEqualTo("C2C.CallbackAfterSendMsg");
	}

	@Test
	void malformedBodyIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallbackEvents.decode("C2C.CallbackAfterSendMsg", "{".getBytes(StandardCharsets.UTF_8)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CallbackEvents.decode("C2C.CallbackAfterSendMsg", "[]".getBytes(StandardCharsets.UTF_8)));
	}

	private static CallbackEvent decode(String command) throws IOException {
		try (InputStream in = CallbackEventsTests.class.getResourceAsStream("fixtures/" + command + ".json")) {
			assertThat(in).as("fixture of " + command).isNotNull();
			return CallbackEvents.decode(command, in.readAllBytes());
		}
	}

}
