package io.github.chatadmin.client.api.group;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.GoldenFixtures;
import reactor.core.publisher.Mono;

/**
 * A {@link ChatAdminOperations} whose typed {@code execute} runs the command's checks and
 * answers synchronously when subscribed, recording each request, so that tests can tell
 * exactly when a call is made.
 */
public final class SynchronousOperations {

	private SynchronousOperations() {
	}

	public static ChatAdminOperations answering(List<Object> calls, Function<Object, String> answer) {
		return (ChatAdminOperations) Proxy.newProxyInstance(SynchronousOperations.class.getClassLoader(),
				new Class<?>[] { ChatAdminOperations.class }, (proxy, method, args) -> {
					if (method.getName().equals("execute") && args.length == 2 && args[0] instanceof ChatCommand) {
						return execute((ChatCommand<?, ?>) args[0], args[1], calls, answer);
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

	@SuppressWarnings("unchecked")
	private static <Q, R> Mono<R> execute(ChatCommand<Q, R> command, Object request, List<Object> calls,
			Function<Object, String> answer) {
		return Mono.defer(() -> {
			command.validate((Q) request);
			calls.add(request);
			return Mono.just(GoldenFixtures.mapper().readValue(answer.apply(request), command.responseType()));
		});
	}

}
