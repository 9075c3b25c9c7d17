package io.github.chatadmin.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.client.transport.HttpSettings;
import io.github.chatadmin.testsupport.NettyLeakDetection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bounded soak: thousands of calls, a few percent of them hit by a fault on their first
 * attempt, with paranoid Netty leak detection. Every call ends as its fault dictates, no
 * write is carried out twice, no connection stays leased and no buffer leaks.
 */
class SoakTests {

	private static final int CALLS = 4000;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeEach
	void watchForLeaks() {
		NettyLeakDetection.assertNoLeaks("the tests before SoakTests");
		Metrics.addRegistry(this.meters);
	}

	@AfterEach
	void restore() {
		Metrics.removeRegistry(this.meters);
	}

	@Test
	void shouldEndEveryCallAsItsFaultDictatesWithoutDuplicatesOrLeaks() throws Exception {
		Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
		Map<String, AtomicInteger> carriedOut = new ConcurrentHashMap<>();
		try (EnvelopeServer server = new EnvelopeServer((command, body) -> {
			String key = command + ":" + key(command, body);
			int index = Integer.parseInt(key(command, body));
			int arrival = arrivals.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet();
			if (arrival == 1) {
				switch (index % 40) {
					case 0:
						return EnvelopeServer.fail(60007, "too often");
					case 1:
						return EnvelopeServer.CLOSE;
					case 2:
						return EnvelopeServer.fail(60008, "timeout");
					default:
						break;
				}
			}
			carriedOut.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet();
			return EnvelopeServer.ok("");
		});
				ChatAdminTemplate template = TestTemplates.builder(server.baseUrl())
					.rateLimiter(CommandRateLimiter.Mode.OFF, 200, Map.of(), Duration.ofSeconds(1))
					.httpSettings(HttpSettings.defaults().withResponseTimeout(Duration.ofSeconds(10)))
					.build()) {
			List<String> unexpected = Flux.range(0, CALLS)
				.flatMap((i) -> call(template, i).map((outcome) -> outcome.equals(expected(i)) ? ""
						: "call " + i + ": expected " + expected(i) + " but was " + outcome), 32)
				.filter((problem) -> !problem.isEmpty())
				.collectList()
				.block(Duration.ofMinutes(2));
			assertThat(unexpected).isEmpty();
			assertThat(carriedOut.values()).as("no call carried out twice")
				.allSatisfy((count) -> assertThat(count.get()).isEqualTo(1));
			arrivals.forEach((key, count) -> {
				if (key.startsWith("sendmsg:")) {
					int index = Integer.parseInt(key.substring(8));
					assertThat(count.get()).as(key).isEqualTo((index % 40 == 0) ? 2 : 1);
				}
			});
			assertThat(this.meters.find("reactor.netty.connection.provider.active.connections").gauges())
				.as("the pool's gauges")
				.isNotEmpty();
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(activeConnections()).isZero());
		}
		assertNoLeaks();
	}

	private Mono<String> call(ChatAdminTemplate template, int i) {
		Mono<JsonNode> call = (i % 2 == 0)
				? template.execute("openim", "sendmsg", Map.of("To_Account", "bob", "MsgRandom", i))
				: template.execute("im_open_login_svc", "account_check",
						Map.of("CheckItem", List.of(Map.of("UserID", Integer.toString(i)))));
		return call.map((node) -> "ok")
			.onErrorResume(ChatAdminException.class, (ex) -> Mono
				.just((ex.isOutcomeUnknown() && ex.getAttempts() == 1) ? "unknown" : "failed: " + ex.getMessage()));
	}

	private static String expected(int i) {
		boolean write = i % 2 == 0;
		return (write && (i % 40 == 1 || i % 40 == 2)) ? "unknown" : "ok";
	}

	private static String key(String command, JsonNode body) {
		return command.equals("sendmsg") ? body.get("MsgRandom").asString()
				: body.get("CheckItem").get(0).get("UserID").asString();
	}

	private double activeConnections() {
		return this.meters.find("reactor.netty.connection.provider.active.connections")
			.tag("name", HttpSettings.POOL_NAME)
			.gauges()
			.stream()
			.mapToDouble(Gauge::value)
			.sum();
	}

	private void assertNoLeaks() {
		NettyLeakDetection.assertNoLeaks("SoakTests");
	}

}
