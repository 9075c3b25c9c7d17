package io.github.chatadmin.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.doocs.im.ImClient;
import io.github.doocs.im.model.request.AccountCheckItem;
import io.github.doocs.im.model.request.AccountCheckRequest;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.transport.ChatAdminConnectors;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.client.transport.HttpSettings;

/**
 * The clients under test, all against the same stub with the same pool settings: L1 raw
 * Reactor Netty, L2 WebClient with pre-serialized bytes, L3 the template as users get it
 * (untyped {@code execute}, and typed through {@code accounts().check}); and over TLS
 * (the peer SDK only speaks https): L1, L3 and P, the peer SDK.
 *
 * @author chat-admin
 */
final class Clients {

	static final String L1 = "L1 raw Reactor Netty";

	static final String L2 = "L2 WebClient";

	static final String L3 = "L3 ChatAdminTemplate";

	static final String L3_TYPED = "L3 typed accounts().check";

	static final String L3_NO_METRICS = "L3 without observations";

	static final String L3_NO_LIMITER = "L3 without limiter";

	static final String L3_NO_LONG_TASK_TIMER = "L3 meters without long task timer";

	static final String L3_EMPTY_HANDLER = "L3 observations, empty handler";

	static final String L1_TLS = "L1 TLS raw Reactor Netty";

	static final String L3_TLS = "L3 TLS ChatAdminTemplate";

	static final String PEER = "P TLS doocs im-server-sdk-java";

	static final String SECRET_KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

	static final long SDK_APP_ID = 1400000000L;

	static final String BODY = "{\"CheckItem\":[{\"UserID\":\"alice\"},{\"UserID\":\"bob\"}]}";

	static final String PATH = "/v4/im_open_login_svc/account_check";

	static final String QUERY = "?sdkappid=" + SDK_APP_ID
			+ "&identifier=administrator&usersig=benchmark&random=12345&contenttype=json";

	private Clients() {
	}

	/**
	 * A client that makes one call per subscription.
	 */
	interface Client extends AutoCloseable {

		String name();

		Mono<?> call();

		@Override
		void close();

	}

	static Client rawReactorNetty(String baseUrl) {
		return rawReactorNetty(baseUrl, L1, false);
	}

	static Client rawReactorNettyTls(String baseUrl) {
		return rawReactorNetty(baseUrl, L1_TLS, true);
	}

	private static Client rawReactorNetty(String baseUrl, String name, boolean secure) {
		ConnectionProvider provider = ChatAdminConnectors.createConnectionProvider(HttpSettings.defaults());
		byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
		HttpClient plain = HttpClient.create(provider);
		HttpClient client = (secure ? plain.secure() : plain).baseUrl(baseUrl)
			.keepAlive(true)
			.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON));
		return client(name,
				() -> client.post()
					.uri(PATH + QUERY)
					.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
					.responseSingle((response, content) -> content.asByteArray()),
				() -> provider.disposeLater().block());
	}

	/**
	 * The peer SDK as its README shows it, blocking, each call on a thread of a pool as
	 * large as the highest concurrency. It only speaks https.
	 * @param host host and port of the TLS stub
	 * @param threads the pool's size
	 * @return the client
	 */
	static Client peer(String host, int threads) {
		ImClient im = new ImClient(SDK_APP_ID, "administrator", SECRET_KEY, host);
		AtomicInteger ids = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "peer-" + ids.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		Scheduler scheduler = Schedulers.fromExecutorService(pool);
		AccountCheckRequest request = new AccountCheckRequest(
				List.of(new AccountCheckItem("alice"), new AccountCheckItem("bob")));
		return client(PEER, () -> Mono.fromCallable(() -> im.account.accountCheck(request)).subscribeOn(scheduler),
				pool::shutdownNow);
	}

	static Client webClient(String baseUrl) {
		ConnectionProvider provider = ChatAdminConnectors.createConnectionProvider(HttpSettings.defaults());
		byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
		WebClient client = WebClient.builder()
			.baseUrl(baseUrl)
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(provider).keepAlive(true)))
			.build();
		return client(L2,
				() -> client.post()
					.uri(PATH + QUERY)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(body)
					.retrieve()
					.bodyToMono(byte[].class),
				() -> provider.disposeLater().block());
	}

	static Client template(String baseUrl) {
		return template(baseUrl, L3, CommandRateLimiter.Mode.ADAPTIVE, true);
	}

	static Client templateTls(String baseUrl) {
		return template(baseUrl, L3_TLS, CommandRateLimiter.Mode.ADAPTIVE, true);
	}

	/**
	 * The template through a typed operation, {@code accounts().check}: records written
	 * to JSON and the answer bound to a record, against the same command as {@link #L3}'s
	 * untyped {@code execute}.
	 * @param baseUrl the stub
	 * @return the client
	 */
	static Client templateTyped(String baseUrl) {
		ChatAdminTemplate template = template(baseUrl, CommandRateLimiter.Mode.ADAPTIVE, true);
		List<String> userIds = List.of("alice", "bob");
		return client(L3_TYPED, () -> template.accounts().check(userIds), template::close);
	}

	/**
	 * The template without observations, to price them.
	 * @param baseUrl the stub
	 * @return the client
	 */
	static Client templateWithoutMetrics(String baseUrl) {
		return template(baseUrl, L3_NO_METRICS, CommandRateLimiter.Mode.ADAPTIVE, false);
	}

	/**
	 * The template without the rate limiter, to price it.
	 * @param baseUrl the stub
	 * @return the client
	 */
	static Client templateWithoutLimiter(String baseUrl) {
		return template(baseUrl, L3_NO_LIMITER, CommandRateLimiter.Mode.OFF, true);
	}

	/**
	 * The template with a limiter whose quota the stub never reaches, so it is present
	 * but never waits.
	 */
	/**
	 * The template observed by Micrometer's meter handler without its long task timer:
	 * the part of the observations' cost that is that timer.
	 */
	static Client templateWithoutLongTaskTimer(String baseUrl) {
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry(),
					DefaultMeterObservationHandler.IgnoredMeters.LONG_TASK_TIMER));
		return template(baseUrl, L3_NO_LONG_TASK_TIMER,
				template(baseUrl, CommandRateLimiter.Mode.ADAPTIVE, observations));
	}

	/**
	 * The template observed by a handler that does nothing: the cost of the observations
	 * themselves (the template's contexts and conventions, Micrometer's observation
	 * objects), without any meter.
	 */
	static Client templateWithEmptyHandler(String baseUrl) {
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler((context) -> true);
		return template(baseUrl, L3_EMPTY_HANDLER, template(baseUrl, CommandRateLimiter.Mode.ADAPTIVE, observations));
	}

	private static Client template(String baseUrl, String name, CommandRateLimiter.Mode mode, boolean metrics) {
		return template(baseUrl, name, template(baseUrl, mode, metrics));
	}

	private static Client template(String baseUrl, String name, ChatAdminTemplate template) {
		Map<String, Object> request = Map.of("CheckItem", List.of(Map.of("UserID", "alice"), Map.of("UserID", "bob")));
		return client(name, () -> template.execute("im_open_login_svc", "account_check", request), template::close);
	}

	private static ChatAdminTemplate template(String baseUrl, CommandRateLimiter.Mode mode, boolean metrics) {
		ObservationRegistry observations = metrics ? ObservationRegistry.create() : ObservationRegistry.NOOP;
		if (metrics) {
			observations.observationConfig()
				.observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		}
		return template(baseUrl, mode, observations);
	}

	private static ChatAdminTemplate template(String baseUrl, CommandRateLimiter.Mode mode,
			ObservationRegistry observations) {
		double quota = 1e9;
		return ChatAdminTemplate.builder()
			.sdkAppId(SDK_APP_ID)
			.secretKey(SECRET_KEY)
			.endpoint(URI.create(baseUrl))
			.observationRegistry(observations)
			.rateLimiter(mode, quota, Map.of("im_open_login_svc/account_check", quota), Duration.ofSeconds(2))
			.build();
	}

	private static Client client(String name, Supplier<Mono<?>> call, Runnable close) {
		return new Client() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Mono<?> call() {
				return call.get();
			}

			@Override
			public void close() {
				close.run();
			}

		};
	}

}
