package io.github.chatadmin.client.callback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

	static List<String> knownCommands() {
		return List.copyOf(CallbackEvents.knownCommands());
	}

	@ParameterizedTest
	@MethodSource("knownCommands")
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
