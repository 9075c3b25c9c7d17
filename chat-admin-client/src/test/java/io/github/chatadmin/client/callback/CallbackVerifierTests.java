package io.github.chatadmin.client.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CallbackVerifier}.
 *
 * @author chat-admin
 */
class CallbackVerifierTests {

	private static final String TOKEN = "callback-token-s3cr3t";

	private static final long NOW = 1_700_000_000L;

	private final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

	private final CallbackVerifier verifier = new CallbackVerifier(1400000001L, TOKEN, Duration.ofSeconds(60),
			this.clock);

	@Test
	void signIsLowercaseHexSha256OfTokenFollowedByRequestTime() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest((TOKEN + NOW).getBytes(StandardCharsets.UTF_8));
		assertThat(CallbackVerifier.sign(TOKEN, NOW)).isEqualTo(HexFormat.of().formatHex(digest))
			.matches("[0-9a-f]{64}");
	}

	@Test
	void validRequestIsAccepted() {
		CallbackVerification verification = this.verifier.verify(params(NOW, CallbackVerifier.sign(TOKEN, NOW))::get);
		assertThat(verification.isAccepted()).isTrue();
		assertThat(verification.rejection()).isNull();
	}

	@Test
	void requestAtTheEdgeOfTheSkewIsAccepted() {
		assertThat(this.verifier.verify(params(NOW - 60, CallbackVerifier.sign(TOKEN, NOW - 60))::get).isAccepted())
			.isTrue();
		assertThat(this.verifier.verify(params(NOW + 60, CallbackVerifier.sign(TOKEN, NOW + 60))::get).isAccepted())
			.isTrue();
	}

	@Test
	void wrongSignIsRefused() {
		String wrong = CallbackVerifier.sign("another-token", NOW);
		assertRejected(params(NOW, wrong), CallbackRejection.WRONG_SIGN, wrong);
	}

	@Test
	void uppercaseSignIsRefused() {
		String upper = CallbackVerifier.sign(TOKEN, NOW).toUpperCase();
		assertRejected(params(NOW, upper), CallbackRejection.WRONG_SIGN, upper);
	}

	@Test
	void signOfAnotherTimeIsRefused() {
		String sign = CallbackVerifier.sign(TOKEN, NOW - 1);
		assertRejected(params(NOW, sign), CallbackRejection.WRONG_SIGN, sign);
	}

	@Test
	void staleRequestTimeIsRefused() {
		String sign = CallbackVerifier.sign(TOKEN, NOW - 61);
		assertRejected(params(NOW - 61, sign), CallbackRejection.STALE_REQUEST_TIME, sign);
	}

	@Test
	void futureRequestTimeIsRefused() {
		String sign = CallbackVerifier.sign(TOKEN, NOW + 61);
		assertRejected(params(NOW + 61, sign), CallbackRejection.FUTURE_REQUEST_TIME, sign);
	}

	@Test
	void malformedRequestTimeIsRefused() {
		Map<String, String> params = params(NOW, CallbackVerifier.sign(TOKEN, NOW));
		params.put("RequestTime", "soon");
		assertRejected(params, CallbackRejection.MALFORMED_REQUEST_TIME, params.get("Sign"));
	}

	@Test
	void wrongSdkAppIdIsRefused() {
		Map<String, String> params = params(NOW, CallbackVerifier.sign(TOKEN, NOW));
		params.put("SdkAppid", "1400000002");
		assertRejected(params, CallbackRejection.WRONG_SDK_APP_ID, params.get("Sign"));
	}

	@Test
	void wrongSdkAppIdIsRefusedWithoutToken() {
		CallbackVerifier unauthenticated = new CallbackVerifier(1400000001L, null, Duration.ofSeconds(60), this.clock);
		Map<String, String> params = new HashMap<>(
				Map.of("SdkAppid", "1400000002", "CallbackCommand", "C2C.CallbackAfterSendMsg"));
		assertThat(unauthenticated.isAuthenticated()).isFalse();
		assertThat(unauthenticated.verify(params::get).rejection()).isEqualTo(CallbackRejection.WRONG_SDK_APP_ID);
		params.put("SdkAppid", "1400000001");
		assertThat(unauthenticated.verify(params::get).isAccepted()).isTrue();
	}

	@Test
	void missingParametersAreRefused() {
		for (String name : new String[] { "SdkAppid", "CallbackCommand", "RequestTime", "Sign" }) {
			Map<String, String> params = params(NOW, CallbackVerifier.sign(TOKEN, NOW));
			params.remove(name);
			CallbackVerification verification = this.verifier.verify(params::get);
			assertThat(verification.rejection()).as(name).isEqualTo(CallbackRejection.MISSING_PARAMETER);
			assertThat(verification.message()).contains(name);
			params.put(name, "");
			assertThat(this.verifier.verify(params::get).rejection()).as(name)
				.isEqualTo(CallbackRejection.MISSING_PARAMETER);
		}
	}

	@Test
	void toStringDoesNotShowTheToken() {
		assertThat(this.verifier.toString()).doesNotContain(TOKEN).contains("authenticated=true");
	}

	@Test
	void signIsDecidedByOneConstantTimeComparisonOfEqualLengthArrays() {
		List<byte[][]> compared = new ArrayList<>();
		boolean[] answer = { false };
		CallbackVerifier recording = new CallbackVerifier(1400000001L, TOKEN, Duration.ofSeconds(60), this.clock,
				(expected, received) -> {
					compared.add(new byte[][] { expected.clone(), received.clone() });
					return answer[0];
				});
		String valid = CallbackVerifier.sign(TOKEN, NOW);
		String firstByteWrong = ((valid.charAt(0) == '0') ? "1" : "0") + valid.substring(1);
		List<String> signs = List.of(valid, firstByteWrong, "ab", valid + "00", "x".repeat(500));
		for (String sign : signs) {
			// the comparator alone decides: no length check or early equals() comes first
			answer[0] = false;
			assertThat(recording.verify(params(NOW, sign)::get).rejection()).as(sign)
				.isEqualTo(CallbackRejection.WRONG_SIGN);
			answer[0] = true;
			assertThat(recording.verify(params(NOW, sign)::get).isAccepted()).as(sign).isTrue();
		}
		assertThat(compared).hasSize(signs.size() * 2);
		for (byte[][] pair : compared) {
			assertThat(pair[0]).hasSize(32);
			assertThat(pair[1]).hasSize(pair[0].length);
		}
		// the expected side is the same for every request of one RequestTime
		assertThat(compared).allSatisfy((pair) -> assertThat(pair[0]).isEqualTo(compared.get(0)[0]));
		// the received side is the digest of what was received, so different signs differ
		assertThat(compared.get(0)[1]).isEqualTo(compared.get(0)[0]).isNotEqualTo(compared.get(2)[1]);
	}

	@Test
	void theDefaultComparatorHasMessageDigestIsEqualSemantics() {
		String valid = CallbackVerifier.sign(TOKEN, NOW);
		assertThat(this.verifier.verify(params(NOW, valid)::get).isAccepted()).isTrue();
		String lastByteWrong = valid.substring(0, 63) + ((valid.charAt(63) == '0') ? "1" : "0");
		assertRejected(params(NOW, lastByteWrong), CallbackRejection.WRONG_SIGN, lastByteWrong);
		assertRejected(params(NOW, valid.substring(0, 63)), CallbackRejection.WRONG_SIGN, valid.substring(0, 63));
		assertRejected(params(NOW, valid + "0"), CallbackRejection.WRONG_SIGN, valid + "0");
	}

	private void assertRejected(Map<String, String> params, CallbackRejection rejection, String sign) {
		CallbackVerification verification = this.verifier.verify(params::get);
		assertThat(verification.isAccepted()).isFalse();
		assertThat(verification.rejection()).isEqualTo(rejection);
		assertThat(verification.message()).isNotBlank().doesNotContain(TOKEN).doesNotContain(sign);
	}

	private static Map<String, String> params(long requestTime, String sign) {
		Map<String, String> params = new HashMap<>();
		params.put("SdkAppid", "1400000001");
		params.put("CallbackCommand", "C2C.CallbackAfterSendMsg");
		params.put("contenttype", "json");
		params.put("ClientIP", "127.0.0.1");
		params.put("OptPlatform", "RESTAPI");
		params.put("RequestTime", Long.toString(requestTime));
		params.put("Sign", sign);
		return params;
	}

}
