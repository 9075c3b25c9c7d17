package io.github.chatadmin.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.github.chatadmin.autoconfigure.RedisSharedRateLimiter;
import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.emulator.ChatAdminEmulator;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;

/**
 * The fleet scenario: several independent templates, each with its own adaptive limiter,
 * share one emulator quota and are offered twice that quota in total, first with each
 * instance's own limiter only, then with the limiter shared through Redis (a
 * {@code redis-server} this scenario starts on a free loopback port and stops). Run it
 * with {@code chat-admin-benchmarks/run.sh --scenarios=fleet}; it writes
 * {@code fleet.md}.
 *
 * @author chat-admin
 */
final class Fleet {

	private static final String SERVICE = "openim";

	private static final String COMMAND = "query_online_status";

	private Fleet() {
	}

	/**
	 * Run the scenario for both limiters and write {@code fleet.md}.
	 * @param quota the emulator's quota of the command, calls per second
	 * @param size how many templates
	 * @param duration how long the load is offered
	 * @param out the results directory
	 * @param say where progress goes
	 * @return the results by limiter
	 * @throws Exception on failure
	 */
	static Map<String, Harness.Quota> run(double quota, int size, Duration duration, Path out, Consumer<String> say)
			throws Exception {
		Map<String, Harness.Quota> results = new LinkedHashMap<>();
		results.put("adaptive, per instance", scenario(quota, size, duration, null, say));
		if (redisInstalled()) {
			try (Redis redis = Redis.start()) {
				results.put("shared (Redis)", scenario(quota, size, duration, redis, say));
			}
		}
		else {
			say.accept("fleet: redis-server is not installed; the shared limiter was not run");
		}
		StringBuilder report = new StringBuilder();
		report.append("# Fleet scenario (").append(Harness.today()).append(")\n\n");
		report.append(String.format(Locale.ROOT,
				"%d templates, each with its own limiter, share one emulator quota of %.0f calls/s on %s/%s, "
						+ "offered %.0f calls/s in total for %d s.%n%n",
				size, quota, SERVICE, COMMAND, 2 * quota, duration.toSeconds()));
		report.append(
				"| Limiter | Offered (calls/s) | Goodput (calls/s) | Goodput / quota | Throttled share | Failed calls | Requests |\n");
		report.append("|---|---:|---:|---:|---:|---:|---:|\n");
		results.forEach((name,
				result) -> report.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.2f | %.2f %% | %d | %d |%n",
						name, result.offered(), result.goodput(), result.goodput() / quota, result.throttled() * 100,
						result.failed(), result.requests())));
		Files.createDirectories(out);
		Files.writeString(out.resolve("fleet.md"), report.toString(), StandardCharsets.UTF_8);
		say.accept("wrote " + out.resolve("fleet.md"));
		return results;
	}

	private static Harness.Quota scenario(double quota, int size, Duration duration, Redis redis,
			Consumer<String> say) {
		String name = (redis != null) ? "shared" : "adaptive";
		ChatAdminEmulator emulator = ChatAdminEmulator.builder().secretKey(Clients.SECRET_KEY).build().start();
		emulator.quotas().limitCommand(SERVICE + "/" + COMMAND, quota);
		RedisClient client = (redis != null) ? RedisClient.create(RedisURI.create("127.0.0.1", redis.port)) : null;
		List<ChatAdminTemplate> templates = new ArrayList<>();
		List<RedisSharedRateLimiter> shared = new ArrayList<>();
		try {
			for (int i = 0; i < size; i++) {
				ChatAdminTemplate template = ChatAdminTemplate.builder()
					.sdkAppId(emulator.getSdkAppId())
					.secretKey(emulator.getSecretKey())
					.endpoint(URI.create(emulator.baseUrl()))
					.rateLimiter(CommandRateLimiter.Mode.ADAPTIVE, quota, Map.of(), Harness.QUOTA_MAX_WAIT)
					.build();
				if (client != null) {
					RedisSharedRateLimiter limiter = new RedisSharedRateLimiter(client, emulator.getSdkAppId(),
							Duration.ofMillis(200), Duration.ofSeconds(2), null);
					shared.add(limiter);
					template.getRateLimiter().share(limiter);
				}
				templates.add(template);
			}
			Map<String, Object> request = Map.of("To_Account", List.of("alice"));
			AtomicLong ok = new AtomicLong();
			AtomicLong failed = new AtomicLong();
			AtomicLong outstanding = new AtomicLong();
			AtomicLong next = new AtomicLong();
			long start = System.nanoTime();
			long offered = Harness.pace(2 * quota, duration, (sendAt) -> {
				outstanding.incrementAndGet();
				ChatAdminTemplate template = templates.get((int) (next.getAndIncrement() % size));
				template.execute(SERVICE, COMMAND, request).subscribe((node) -> {
					ok.incrementAndGet();
					outstanding.decrementAndGet();
				}, (ex) -> {
					failed.incrementAndGet();
					outstanding.decrementAndGet();
					if (!(ex instanceof ChatAdminException)) {
						say.accept("unexpected " + ex);
					}
				});
			});
			Harness.awaitNone(outstanding, Duration.ofSeconds(60));
			double seconds = (System.nanoTime() - start) / 1e9;
			long requests = emulator.callCount(SERVICE + "/" + COMMAND);
			double throttled = (requests > 0) ? (double) (requests - ok.get()) / requests : 0;
			say.accept(String.format(Locale.ROOT,
					"fleet %s: %d templates, offered %d, ok %d, failed %d, requests %d, throttled %.2f %%", name, size,
					offered, ok.get(), failed.get(), requests, throttled * 100));
			return new Harness.Quota(offered / (duration.toNanos() / 1e9), ok.get() / seconds, throttled, failed.get(),
					requests);
		}
		finally {
			templates.forEach(ChatAdminTemplate::close);
			shared.forEach(RedisSharedRateLimiter::destroy);
			if (client != null) {
				client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
			}
			emulator.close();
		}
	}

	private static boolean redisInstalled() {
		try {
			return new ProcessBuilder("redis-server", "--version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * A {@code redis-server} on a free loopback port, stopped on close and when the JVM
	 * exits.
	 */
	private static final class Redis implements AutoCloseable {

		private final int port;

		private final Process process;

		private final Thread hook;

		private Redis(int port, Process process) {
			this.port = port;
			this.process = process;
			this.hook = new Thread(process::destroyForcibly, "fleet-redis-stop");
			Runtime.getRuntime().addShutdownHook(this.hook);
		}

		static Redis start() throws IOException, InterruptedException {
			int port;
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				port = socket.getLocalPort();
			}
			Process process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
					"--save", "", "--appendonly", "no")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			Redis redis = new Redis(port, process);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (System.nanoTime() < deadline && process.isAlive()) {
				try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
					return redis;
				}
				catch (IOException ex) {
					Thread.sleep(20);
				}
			}
			redis.close();
			throw new IllegalStateException("redis-server did not start on port " + port);
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroyForcibly();
			this.process.waitFor(10, TimeUnit.SECONDS);
			try {
				Runtime.getRuntime().removeShutdownHook(this.hook);
			}
			catch (IllegalStateException ex) {
				// the JVM is exiting, and the hook stops the server
			}
		}

	}

}
