package io.github.chatadmin.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import io.github.chatadmin.client.callback.CallbackDispatcher;
import io.github.chatadmin.client.callback.CallbackRejection;
import io.github.chatadmin.client.callback.CallbackResponse;
import io.github.chatadmin.client.callback.CallbackVerification;
import io.github.chatadmin.client.callback.CallbackVerifier;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The Servlet (Spring MVC) handler of the callback endpoint, the twin of
 * {@link WebFluxCallbackHandlerFunction}: it checks the query parameters before reading a
 * body no larger than the limit, then dispatches through the framework-neutral
 * {@link CallbackDispatcher}, which bounds the handlers by its timeout.
 *
 * @author chat-admin
 */
final class ServletCallbackHandlerFunction implements HandlerFunction<ServerResponse> {

	private final CallbackDispatcher dispatcher;

	private final long maxBodySize;

	ServletCallbackHandlerFunction(CallbackDispatcher dispatcher, long maxBodySize) {
		this.dispatcher = dispatcher;
		this.maxBodySize = maxBodySize;
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		MultiValueMap<String, String> query = queryParameters(request.servletRequest().getQueryString());
		Function<String, @Nullable String> parameters = query::getFirst;
		String command = parameters.apply(CallbackVerifier.CALLBACK_COMMAND);
		CallbackVerification verification = this.dispatcher.verify(parameters);
		if (!verification.isAccepted() || command == null) {
			return respond(this.dispatcher.refuse(command, verification));
		}
		if (request.servletRequest().getContentLengthLong() > this.maxBodySize) {
			return respond(this.dispatcher.refuse(command, tooLarge()));
		}
		byte[] body = read(request.servletRequest().getInputStream());
		if (body == null) {
			return respond(this.dispatcher.refuse(command, tooLarge()));
		}
		CallbackResponse response = this.dispatcher.dispatch(command, body).block();
		Assert.state(response != null, "The callback dispatcher completed without a response");
		return respond(response);
	}

	/**
	 * Read the query string only: unlike {@code getParameter}, this never reads a form
	 * body.
	 */
	private static MultiValueMap<String, String> queryParameters(@Nullable String queryString) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (queryString == null || queryString.isEmpty()) {
			return parameters;
		}
		for (String pair : queryString.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			try {
				parameters.add(URLDecoder.decode(name, StandardCharsets.UTF_8),
						URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				// a malformed escape: the parameter is ignored, as if missing
			}
		}
		return parameters;
	}

	private byte @Nullable [] read(InputStream input) throws IOException {
		int limit = (int) Math.min(this.maxBodySize, Integer.MAX_VALUE - 8);
		byte[] bytes = input.readNBytes(limit);
		if (bytes.length == limit && input.read() != -1) {
			return null;
		}
		return bytes;
	}

	private CallbackVerification tooLarge() {
		return CallbackVerification.rejected(CallbackRejection.BODY_TOO_LARGE,
				"Callback body is larger than " + this.maxBodySize + " bytes");
	}

	private static ServerResponse respond(CallbackResponse response) {
		return ServerResponse.status(response.status()).contentType(MediaType.APPLICATION_JSON).body(response.body());
	}

}
