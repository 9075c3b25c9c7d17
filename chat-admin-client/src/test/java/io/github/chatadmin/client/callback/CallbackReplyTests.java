package io.github.chatadmin.client.callback;

import java.util.List;

import io.github.chatadmin.client.api.message.MessageElement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CallbackReply}.
 *
 * @author chat-admin
 */
class CallbackReplyTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void okIsTheVendorEnvelope() {
		assertThat(this.mapper.writeValueAsString(CallbackReply.ok()))
			.isEqualTo("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}");
		assertThat(CallbackReply.ok().isAllowed()).isTrue();
	}

	@Test
	void denyCarriesCodeAndMessage() {
		CallbackReply reply = CallbackReply.deny(120001, "banned word");
		assertThat(this.mapper.writeValueAsString(reply))
			.isEqualTo("{\"ActionStatus\":\"OK\",\"ErrorCode\":120001,\"ErrorInfo\":\"banned word\"}");
		assertThat(reply.isAllowed()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> CallbackReply.deny(0, "no"));
	}

	@Test
	void allowWithBodyRewritesTheMessage() {
		CallbackReply reply = CallbackReply.allowWithBody(List.of(MessageElement.text("***")), "data");
		assertThat(this.mapper.writeValueAsString(reply)).isEqualTo(
				"{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\","
						+ "\"MsgContent\":{\"Text\":\"***\"}}],\"CloudCustomData\":\"data\"}");
		assertThat(this.mapper.writeValueAsString(CallbackReply.allowWithBody(List.of(MessageElement.text("x")), null)))
			.doesNotContain("CloudCustomData");
	}

}
