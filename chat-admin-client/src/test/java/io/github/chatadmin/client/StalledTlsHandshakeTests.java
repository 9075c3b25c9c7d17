package io.github.chatadmin.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import io.github.chatadmin.client.StallingTlsServer.Request;
import io.github.chatadmin.client.observation.AbstractChatAdminObservationContext;
import io.github.chatadmin.client.observation.ChatAdminAttemptObservationContext;
import io.github.chatadmin.client.observation.ChatAdminObservationContext;
import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;
import io.github.chatadmin.client.observation.ChatAdminObservationDocumentation;
import io.github.chatadmin.client.transport.HttpSettings;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Stalled TLS handshakes (issue 11, "a stalled TLS repetition"): a loopback HTTPS server
 * accepts the TCP connection, reads the ClientHello and never answers for some
 * connections. Every call must end within its attempts' configured timeouts (the
 * handshake timeout ends a stalled attempt as not sent, the retry or the failover sends
 * it again), and a write is never carried out twice. The servers' host names are mapped
 * to 127.0.0.1 by the test resolver, and the client trusts their throw-away certificate
 * for the duration of this class only.
 */
class StalledTlsHandshakeTests {

	private static final String PRIMARY = "adminapi.chat.example";

	private static final String BACKUP = "adminapi-backup.chat.example";

	private static final int MAX_ATTEMPTS = 4;

	private static final Duration MAX_BACKOFF = Duration.ofMillis(5);

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration SLACK = Duration.ofSeconds(5);

	@TempDir
	static Path stores;

	private static TestTlsCredentials credentials;

	private static @Nullable AutoCloseable trust;

	@BeforeAll
	static void trustTheTestCertificate() throws Exception {
		credentials = TestTlsCredentials.create(stores, PRIMARY, BACKUP);
		trust = credentials.trustedByThisJvm();
		HttpSettings patient = settings(Duration.ofSeconds(5), 1, Duration.ofSeconds(1));
		try (StallingTlsServer server = new StallingTlsServer(credentials.keyManagers(), (n) -> false, -1);
				ChatAdminTemplate template = template(server.baseUrl(PRIMARY), null, patient, new Recorder())) {
			// The JVM's first handshake loads and initializes the TLS stack; done here,
			// it cannot outlast the 1 s handshake timeouts below on a slow machine.
			send(template, "sendmsg", -1).block(callBound(patient));
		}
	}

	@AfterAll
	static void restoreTheTrustStore() throws Exception {
		if (trust != null) {
			trust.close();
		}
	}

	@Test
	void everyCallShouldEndWithinItsAttemptsAndNoWriteShouldBeDuplicatedWhenEveryFifthHandshakeStalls()
			throws Exception {
		HttpSettings settings = settings(Duration.ofSeconds(1), 4, Duration.ofSeconds(3));
		Recorder recorder = new Recorder();
		try (StallingTlsServer server = new StallingTlsServer(credentials.keyManagers(), every(5), 10);
				ChatAdminTemplate template = template(server.baseUrl(PRIMARY), null, settings, recorder)) {
			List<Result> results = run(template, 200, 16, callBound(settings));
			assertThat(results).hasSize(200).noneMatch(Result::hung);
			List<Long> succeeded = results.stream().filter(Result::succeeded).map(Result::msgRandom).toList();
			assertThat(results).filteredOn((result) -> !result.succeeded())
				.allSatisfy((result) -> isStalledTls(result.failure()));
			assertThat(server.requests()).extracting(Request::msgRandom)
				.as("every call that succeeded was carried out exactly once, and no other")
				.containsExactlyInAnyOrderElementsOf(succeeded);
			assertThat(server.stalledHandshakes()).as("stalled handshakes (the test bites)").isGreaterThan(0);
			assertThat(recorder.failedAttemptCount()).as("each stalled handshake failed an attempt")
				.isGreaterThanOrEqualTo(server.stalledHandshakes());
			assertThat(recorder.failedAttempts()).as("second and later attempts are observed")
				.allSatisfy(StalledTlsHandshakeTests::isStalledTls);
			assertThat(recorder.calls()).as("a call that succeeded on a healthy connection after a stalled handshake")
				.anyMatch((call) -> call.getOutcome() == Outcome.SUCCESS && call.getAttempts() > 1);
			awaitStalledConnectionsClosed(server, settings);
		}
	}

	@Test
	void stalledHandshakesOnThePrimaryShouldFailOverToTheBackupWithoutDuplicatingAWrite() throws Exception {
		HttpSettings settings = settings(Duration.ofSeconds(1), 4, Duration.ofSeconds(3));
		Recorder recorder = new Recorder();
		try (StallingTlsServer primary = new StallingTlsServer(credentials.keyManagers(), every(2), 10);
				StallingTlsServer backup = new StallingTlsServer(credentials.keyManagers(), (n) -> false, 10);
				ChatAdminTemplate template = template(primary.baseUrl(PRIMARY), backup.baseUrl(BACKUP), settings,
						recorder)) {
			List<Result> results = run(template, 200, 16, callBound(settings));
			assertThat(results).hasSize(200).allMatch(Result::succeeded);
			assertThat(primary.stalledHandshakes()).isGreaterThan(0);
			assertThat(backup.requests()).isNotEmpty();
			assertThat(backup.stalledHandshakes()).isZero();
			assertThat(concat(primary.requests(), backup.requests())).extracting(Request::msgRandom)
				.as("each write carried out once, on one of the two domains")
				.containsExactlyInAnyOrderElementsOf(results.stream().map(Result::msgRandom).toList());
			assertThat(recorder.attempts())
				.as("only the second attempts are observed: each went to the backup and succeeded there")
				.isNotEmpty()
				.allSatisfy((attempt) -> {
					assertThat(attempt.getAttempt()).isEqualTo(2);
					assertThat(attempt.isBackup()).isTrue();
					assertThat(attempt.getError()).isNull();
				});
			assertThat(recorder.calls()).as("a stalled attempt fails over at once: the next attempt succeeds")
				.allSatisfy((call) -> assertThat(call.getAttempts()).isLessThanOrEqualTo(2));
			assertThat(recorder.failovers()).isGreaterThan(0);
			awaitStalledConnectionsClosed(primary, settings);
		}
	}

	@Test
	void aCallQueuedBehindAStalledHandshakeShouldFailAsSaturatedWhenThePendingAcquireTimeoutIsShorter()
			throws Exception {
		HttpSettings settings = settings(Duration.ofSeconds(3), 1, Duration.ofMillis(300));
		Recorder recorder = new Recorder();
		try (StallingTlsServer server = new StallingTlsServer(credentials.keyManagers(), (n) -> n == 1, -1);
				ChatAdminTemplate template = template(server.baseUrl(PRIMARY), null, settings, recorder)) {
			CompletableFuture<JsonNode> stalled = send(template, "sendmsg", 1).toFuture();
			assertThat(server.awaitStalledHandshake(10)).isTrue();
			assertThatExceptionOfType(ChatAdminRequestException.class)
				.isThrownBy(() -> send(template, "batchsendmsg", 2).block(callBound(settings)))
				.satisfies((ex) -> {
					assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.SATURATED);
					assertThat(ex.getAttempts()).isEqualTo(1);
				});
			assertThat(stalled).as("the first call still waits for its handshake").isNotDone();
			assertThat(server.stalledClosed()).isZero();
			stalled.get(callBound(settings).toMillis(), TimeUnit.MILLISECONDS);
			assertThat(server.requests()).extracting(Request::msgRandom).containsExactly(1L);
			assertThat(recorder.call("sendmsg").getAttempts()).isEqualTo(2);
			assertThat(recorder.attempts()).filteredOn((attempt) -> attempt.getCommand().equals("sendmsg"))
				.as("the call's observation covers the stalled first attempt, a child observes the second")
				.singleElement()
				.satisfies((attempt) -> {
					assertThat(attempt.getAttempt()).isEqualTo(2);
					assertThat(attempt.getError()).isNull();
				});
		}
	}

	@Test
	void aCallQueuedBehindAStalledHandshakeShouldWaitForTheHandshakeTimeoutOnly() throws Exception {
		HttpSettings settings = settings(Duration.ofSeconds(1), 1, Duration.ofSeconds(5));
		Recorder recorder = new Recorder();
		try (StallingTlsServer server = new StallingTlsServer(credentials.keyManagers(), (n) -> n == 1, -1);
				ChatAdminTemplate template = template(server.baseUrl(PRIMARY), null, settings, recorder)) {
			CompletableFuture<JsonNode> stalled = send(template, "sendmsg", 1).toFuture();
			assertThat(server.awaitStalledHandshake(10)).isTrue();
			send(template, "batchsendmsg", 2).block(callBound(settings));
			stalled.get(callBound(settings).toMillis(), TimeUnit.MILLISECONDS);
			assertThat(server.requests()).filteredOn((request) -> request.msgRandom() == 2)
				.extracting(Request::connection)
				.as("the queued call went out on the connection opened once the stalled one was closed")
				.containsExactly(2);
			assertThat(server.requests()).extracting(Request::msgRandom).containsExactlyInAnyOrder(1L, 2L);
			assertThat(recorder.call("batchsendmsg").getAttempts()).as("the queued call waited, it was not refused")
				.isEqualTo(1);
			assertThat(recorder.call("sendmsg").getAttempts()).isEqualTo(2);
			awaitStalledConnectionsClosed(server, settings);
		}
	}

	private static HttpSettings settings(Duration tlsHandshakeTimeout, int maxConnections,
			Duration pendingAcquireTimeout) {
		return new HttpSettings(Duration.ofSeconds(1), tlsHandshakeTimeout, Duration.ofSeconds(2), CALL_TIMEOUT,
				maxConnections, 256, pendingAcquireTimeout, Duration.ofSeconds(20), Duration.ofMinutes(5),
				Duration.ofSeconds(10));
	}

	/**
	 * The longest a call may take by its attempts' own timeouts: each attempt bounded by
	 * connect, TLS handshake, pending acquire and response timeouts, plus the backoffs
	 * and some slack; well under the call deadline, which therefore never decides.
	 */
	private static Duration callBound(HttpSettings settings) {
		Duration attempt = settings.connectTimeout()
			.plus(settings.tlsHandshakeTimeout())
			.plus(settings.pendingAcquireTimeout())
			.plus(settings.responseTimeout());
		Duration bound = attempt.plus(MAX_BACKOFF).multipliedBy(MAX_ATTEMPTS).plus(SLACK);
		assertThat(bound).isLessThan(CALL_TIMEOUT);
		return bound;
	}

	private static ChatAdminTemplate template(String primary, @Nullable String backup, HttpSettings settings,
			Recorder recorder) {
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(recorder);
		ChatAdminTemplate.Builder builder = TestTemplates.builder(primary)
			.resolver(new NetworkFaultTests.LoopbackResolverGroup())
			.httpSettings(settings)
			.maxAttempts(MAX_ATTEMPTS)
			.backoff(Duration.ofMillis(1), MAX_BACKOFF)
			.observationRegistry(observations);
		if (backup != null) {
			builder.backupEndpoint(URI.create(backup));
		}
		return builder.build();
	}

	private static Mono<JsonNode> send(ChatAdminTemplate template, String command, long msgRandom) {
		return template.execute("openim", command, Map.of("To_Account", "bob", "MsgRandom", msgRandom));
	}

	/**
	 * Send {@code calls} writes, {@code concurrency} at a time, each with its own
	 * {@code MsgRandom}; a call still running after {@code perCall} is reported as hung.
	 */
	private static List<Result> run(ChatAdminTemplate template, int calls, int concurrency, Duration perCall) {
		Duration all = perCall.multipliedBy((calls + concurrency - 1) / concurrency).plus(SLACK);
		return Flux.range(0, calls)
			.flatMap((i) -> send(template, "sendmsg", i).map((ok) -> new Result(i, null, false))
				.onErrorResume(ChatAdminRequestException.class, (ex) -> Mono.just(new Result(i, ex, false)))
				.timeout(perCall, Mono.fromSupplier(() -> new Result(i, null, true))), concurrency)
			.collectList()
			.block(all);
	}

	private static IntPredicate every(int n) {
		return (connection) -> connection % n == 0;
	}

	private static void awaitStalledConnectionsClosed(StallingTlsServer server, HttpSettings settings) {
		await().atMost(settings.tlsHandshakeTimeout().plus(SLACK))
			.untilAsserted(() -> assertThat(server.stalledClosed()).as("stalled connections closed by the client")
				.isEqualTo(server.stalledHandshakes()));
	}

	private static void isStalledTls(@Nullable Object failure) {
		Throwable error = (failure instanceof ChatAdminAttemptObservationContext attempt) ? attempt.getError()
				: (Throwable) failure;
		assertThat(error).isInstanceOfSatisfying(ChatAdminRequestException.class,
				(ex) -> assertThat(ex.getFailureKind()).isEqualTo(ChatAdminFailureKind.NOT_SENT));
		assertThat(error).hasRootCauseInstanceOf(SslHandshakeTimeoutException.class);
	}

	private static List<Request> concat(List<Request> first, List<Request> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	/**
	 * The outcome of one call.
	 *
	 * @param msgRandom the call's {@code MsgRandom}
	 * @param failure the typed failure, or {@code null}
	 * @param hung whether it was still running after its bound
	 */
	record Result(long msgRandom, @Nullable ChatAdminRequestException failure, boolean hung) {

		boolean succeeded() {
			return this.failure == null && !this.hung;
		}

	}

	/**
	 * Records the calls and attempts as they end, and the failovers.
	 */
	static final class Recorder implements ObservationHandler<Observation.Context> {

		private final List<ChatAdminObservationContext> calls = new CopyOnWriteArrayList<>();

		private final List<ChatAdminAttemptObservationContext> attempts = new CopyOnWriteArrayList<>();

		private final AtomicInteger failovers = new AtomicInteger();

		@Override
		public void onEvent(Observation.Event event, Observation.Context context) {
			if (event.getName().equals(ChatAdminObservationDocumentation.Events.FAILOVER.getName())) {
				this.failovers.incrementAndGet();
			}
		}

		@Override
		public void onStop(Observation.Context context) {
			if (context instanceof ChatAdminAttemptObservationContext attempt) {
				this.attempts.add(attempt);
			}
			else if (context instanceof ChatAdminObservationContext call) {
				this.calls.add(call);
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof AbstractChatAdminObservationContext;
		}

		List<ChatAdminObservationContext> calls() {
			return this.calls;
		}

		ChatAdminObservationContext call(String command) {
			return this.calls.stream().filter((call) -> call.getCommand().equals(command)).findFirst().orElseThrow();
		}

		List<ChatAdminAttemptObservationContext> attempts() {
			return this.attempts;
		}

		/**
		 * Count the failed attempts of the calls: the first attempt has no observation of
		 * its own, so each call's failed attempts are its retries, and its last attempt
		 * when the call failed.
		 */
		int failedAttemptCount() {
			return this.calls.stream()
				.mapToInt((call) -> call.getAttempts() - 1 + ((call.getError() != null) ? 1 : 0))
				.sum();
		}

		List<ChatAdminAttemptObservationContext> failedAttempts() {
			return this.attempts.stream().filter((attempt) -> attempt.getError() != null).toList();
		}

		int failovers() {
			return this.failovers.get();
		}

	}

}
