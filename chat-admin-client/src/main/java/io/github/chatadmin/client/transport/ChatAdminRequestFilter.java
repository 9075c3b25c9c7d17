package io.github.chatadmin.client.transport;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import reactor.core.publisher.Mono;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * {@link ExchangeFilterFunction} that adds the vendor's five query parameters to a
 * request: {@code sdkappid}, {@code identifier}, {@code usersig}, {@code random} and
 * {@code contenttype=json}.
 * <p>
 * The {@code usersig} parameter is written as {@link #MASKED_USERSIG}; the connector
 * built by {@link ChatAdminConnectors} replaces it with the real signature on the wire.
 * {@code random} is taken from the {@link #RANDOM_ATTRIBUTE} request attribute when
 * present, otherwise drawn uniformly from the unsigned 32-bit range.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class ChatAdminRequestFilter implements ExchangeFilterFunction {

	/**
	 * Value of the {@code usersig} parameter above the connection.
	 */
	public static final String MASKED_USERSIG = "masked";

	/**
	 * Request attribute holding the {@code random} value (a {@link Long}) of an attempt.
	 */
	public static final String RANDOM_ATTRIBUTE = ChatAdminRequestFilter.class.getName() + ".random";

	private final String fixedQuery;

	/**
	 * Create a filter for the given app and admin account.
	 * @param sdkAppId the app's SDKAppID
	 * @param identifier the app admin account
	 */
	public ChatAdminRequestFilter(long sdkAppId, String identifier) {
		Assert.isTrue(sdkAppId > 0, "'sdkAppId' must be positive");
		Assert.hasText(identifier, "'identifier' must not be empty");
		this.fixedQuery = "sdkappid=" + sdkAppId + "&identifier="
				+ URLEncoder.encode(identifier, StandardCharsets.UTF_8) + "&usersig=" + MASKED_USERSIG + "&random=";
	}

	/**
	 * Draw a {@code random} value: uniform over 0 to 4294967295.
	 * @return the value
	 */
	public static long nextRandom() {
		return ThreadLocalRandom.current().nextLong(1L << 32);
	}

	/**
	 * Build the complete URL of a request, with the five query parameters; this filter
	 * leaves a request with such a URL as it is, so building it here saves parsing and
	 * rebuilding it on every call.
	 * @param endpoint the endpoint, scheme and authority without a trailing slash
	 * @param service the service, letters, digits and underscores only
	 * @param command the command, letters, digits and underscores only
	 * @param random the request's {@code random} value
	 * @return the URL
	 */
	public URI url(String endpoint, String service, String command, long random) {
		return withQuery(endpoint + "/v4/" + service + "/" + command, random);
	}

	private URI withQuery(String base, long random) {
		return URI.create(base + "?" + this.fixedQuery + random + "&contenttype=json");
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		String query = request.url().getRawQuery();
		if (query != null && query.startsWith(this.fixedQuery)) {
			return next.exchange(request);
		}
		long random = request.attribute(RANDOM_ATTRIBUTE)
			.map(Long.class::cast)
			.orElseGet(ChatAdminRequestFilter::nextRandom);
		String base = request.url().toString();
		int queryStart = base.indexOf('?');
		if (queryStart >= 0) {
			base = base.substring(0, queryStart);
		}
		return next.exchange(ClientRequest.from(request).url(withQuery(base, random)).build());
	}

}
