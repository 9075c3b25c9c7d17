package io.github.chatadmin.autoconfigure;

import reactor.netty.http.client.HttpClient;

/**
 * Callback that customizes the Reactor Netty {@link HttpClient} of the auto-configured
 * template's dedicated pool, for instance to go through a proxy. Beans of this type are
 * applied in order.
 *
 * @author chat-admin
 * @since 0.1.0
 */
@FunctionalInterface
public interface ChatAdminHttpClientCustomizer {

	/**
	 * Customize the client; keep its pool, timeouts and TLS settings.
	 * @param httpClient the client
	 * @return the customized client
	 */
	HttpClient customize(HttpClient httpClient);

}
