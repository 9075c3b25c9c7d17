package io.github.chatadmin.autoconfigure;

import java.util.function.Function;

import io.github.chatadmin.client.callback.CallbackDispatcher;
import io.github.chatadmin.client.callback.CallbackRejection;
import io.github.chatadmin.client.callback.CallbackResponse;
import io.github.chatadmin.client.callback.CallbackVerification;
import io.github.chatadmin.client.callback.CallbackVerifier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The WebFlux handler of the callback endpoint: it checks the query parameters before
 * reading a body no larger than the limit, then dispatches.
 *
 * @author chat-admin
 */
final class WebFluxCallbackHandlerFunction implements HandlerFunction<ServerResponse> {

	private final CallbackDispatcher dispatcher;

	private final long maxBodySize;

	WebFluxCallbackHandlerFunction(CallbackDispatcher dispatcher, long maxBodySize) {
		this.dispatcher = dispatcher;
		this.maxBodySize = maxBodySize;
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		Function<String, @Nullable String> parameters = (name) -> request.queryParam(name).orElse(null);
		String command = parameters.apply(CallbackVerifier.CALLBACK_COMMAND);
		CallbackVerification verification = this.dispatcher.verify(parameters);
		if (!verification.isAccepted() || command == null) {
			return respond(this.dispatcher.refuse(command, verification));
		}
		if (request.headers().contentLength().orElse(-1) > this.maxBodySize) {
			return respond(this.dispatcher.refuse(command, tooLarge()));
		}
		return DataBufferUtils
			.join(request.body(BodyExtractors.toDataBuffers()), (int) Math.min(this.maxBodySize, Integer.MAX_VALUE))
			.map(WebFluxCallbackHandlerFunction::bytes)
			.defaultIfEmpty(new byte[0])
			.flatMap((body) -> this.dispatcher.dispatch(command, body))
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.fromSupplier(() -> this.dispatcher.refuse(command, tooLarge())))
			.flatMap(this::respond);
	}

	private CallbackVerification tooLarge() {
		return CallbackVerification.rejected(CallbackRejection.BODY_TOO_LARGE,
				"Callback body is larger than " + this.maxBodySize + " bytes");
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private Mono<ServerResponse> respond(CallbackResponse response) {
		return ServerResponse.status(response.status())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(response.body());
	}

}
