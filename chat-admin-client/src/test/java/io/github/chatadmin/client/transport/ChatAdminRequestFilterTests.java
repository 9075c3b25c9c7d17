package io.github.chatadmin.client.transport;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChatAdminRequestFilter}: the URL the template builds passes untouched,
 * any other request gets the five query parameters.
 */
class ChatAdminRequestFilterTests {

	private final ChatAdminRequestFilter filter = new ChatAdminRequestFilter(1400000001L, "admin");

	private final AtomicReference<ClientRequest> sent = new AtomicReference<>();

	private final ExchangeFunction next = (request) -> {
		this.sent.set(request);
		return Mono.<ClientResponse>empty();
	};

	@Test
	void shouldBuildTheVendorUrlWithAMaskedUserSig() {
		assertThat(this.filter.url("https://console.tim.qq.com", "openim", "sendmsg", 42)).hasToString(
				"https://console.tim.qq.com/v4/openim/sendmsg?sdkappid=1400000001&identifier=admin&usersig=masked"
						+ "&random=42&contenttype=json");
	}

	@Test
	void shouldLeaveACompleteUrlAsItIs() {
		ClientRequest request = ClientRequest
			.create(HttpMethod.POST, this.filter.url("http://127.0.0.1:1", "openim", "sendmsg", 42))
			.build();
		this.filter.filter(request, this.next).block();
		assertThat(this.sent.get()).isSameAs(request);
	}

	@Test
	void shouldAddTheQueryWithTheRandomOfTheAttribute() {
		ClientRequest request = ClientRequest
			.create(HttpMethod.POST, URI.create("http://127.0.0.1:1/v4/openim/sendmsg"))
			.attribute(ChatAdminRequestFilter.RANDOM_ATTRIBUTE, 7L)
			.build();
		this.filter.filter(request, this.next).block();
		assertThat(this.sent.get().url()).hasToString("http://127.0.0.1:1/v4/openim/sendmsg?sdkappid=1400000001"
				+ "&identifier=admin&usersig=masked&random=7&contenttype=json");
	}

	@Test
	void shouldReplaceAnotherQueryAndDrawAnUnsignedRandom() {
		ClientRequest request = ClientRequest
			.create(HttpMethod.POST, URI.create("http://127.0.0.1:1/v4/openim/sendmsg?usersig=leaked&x=1"))
			.build();
		this.filter.filter(request, this.next).block();
		String query = this.sent.get().url().getRawQuery();
		assertThat(query).startsWith("sdkappid=1400000001&identifier=admin&usersig=masked&random=")
			.endsWith("&contenttype=json")
			.doesNotContain("leaked");
		long random = Long.parseLong(query.replaceAll(".*random=(\\d+).*", "$1"));
		assertThat(random).isBetween(0L, 4294967295L);
	}

}
