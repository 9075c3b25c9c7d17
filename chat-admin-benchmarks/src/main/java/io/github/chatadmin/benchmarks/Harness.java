package io.github.chatadmin.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;

import io.github.chatadmin.benchmarks.Clients.Client;
import io.github.chatadmin.client.ChatAdminException;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.transport.CommandRateLimiter;
import io.github.chatadmin.emulator.ChatAdminEmulator;

/**
 * The benchmark harness (a plain main, not JMH): closed-loop throughput at fixed
 * concurrencies, open-loop latency at half of the raw client's maximum, CPU time and
 * allocation per call, and goodput at twice the emulator's quota with the limiter off and
 * on; writes {@code results.md} and {@code results.png}. Options as {@code --key=value}:
 * {@code stub-port} (0 starts a stub in this JVM), {@code warmup}, {@code measure}
 * (seconds), {@code reps}, {@code concurrency} (comma separated), {@code out},
 * {@code wrk} (true/false), {@code quota}, {@code quota-seconds}, {@code tls-port} and
 * {@code tls-dir} (the stub's TLS listener and the directory of the trust store its
 * certificate is in), and, to profile one part only (no report is written then),
 * {@code clients} (of {@link #CLIENTS}, comma separated) and {@code scenarios}
 * ({@code closed}, {@code open}, {@code quota}, and {@code fleet}, which runs only when
 * named: see {@link Fleet}, with {@code fleet-size} and {@code fleet-seconds}).
 *
 * @author chat-admin
 */
public final class Harness {

	/**
	 * The clients, in the order they run: wrk, the plain HTTP ladder, then the TLS ones.
	 */
	static final List<String> CLIENTS = List.of("L0", "L1", "L2", "L3", "L3TYPED", "L3NOOBS", "L3NOLIMIT", "L1TLS",
			"L3TLS", "P");

	/**
	 * The limiter's longest wait in the quota scenario.
	 */
	static final Duration QUOTA_MAX_WAIT = Duration.ofSeconds(2);

	private static final int MAX_OUTSTANDING = 2048;

	private static final Set<String> OPEN_LOOP = Set.of(Clients.L1, Clients.L2, Clients.L3);

	private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private final Map<String, String> options;

	private final List<String> log = new ArrayList<>();

	private Harness(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		new Harness(options).run();
		System.exit(0);
	}

	/**
	 * Run the benchmark with options.
	 * @param options the options, as from the command line without {@code --}
	 * @return the markdown report
	 * @throws Exception on failure
	 */
	public static String run(Map<String, String> options) throws Exception {
		return new Harness(options).run();
	}

	private String option(String key, String fallback) {
		return this.options.getOrDefault(key, fallback);
	}

	private String run() throws Exception {
		int stubPort = Integer.parseInt(option("stub-port", "0"));
		Set<String> only = Set.of(option("clients", String.join(",", CLIENTS)).split(","));
		Set<String> scenarios = Set.of(option("scenarios", "closed,open,quota").split(","));
		boolean full = only.containsAll(CLIENTS) && scenarios.containsAll(List.of("closed", "open", "quota"));
		DisposableServer inProcess = null;
		DisposableServer inProcessTls = null;
		Path inProcessStores = null;
		int tlsPort = Integer.parseInt(option("tls-port", "0"));
		if (this.options.containsKey("tls-dir")) {
			Tls.trustStub(Path.of(option("tls-dir", "")));
		}
		if (stubPort == 0) {
			inProcessStores = Files.createTempDirectory("chat-admin-benchmark-tls");
			Tls.createStores(inProcessStores);
			Tls.trustStub(inProcessStores);
			inProcess = StubServer.start(0, 0);
			inProcessTls = StubServer.start(0, 0, Tls.keyManagers(inProcessStores));
			stubPort = inProcess.port();
			tlsPort = inProcessTls.port();
		}
		String baseUrl = "http://127.0.0.1:" + stubPort;
		String tlsHost = "127.0.0.1:" + tlsPort;
		Duration warmup = Duration.ofMillis((long) (Double.parseDouble(option("warmup", "30")) * 1000));
		Duration measure = Duration.ofMillis((long) (Double.parseDouble(option("measure", "20")) * 1000));
		int reps = Integer.parseInt(option("reps", "3"));
		List<Integer> concurrencies = Arrays.stream(option("concurrency", "1,16,64,256").split(","))
			.map(String::trim)
			.map(Integer::parseInt)
			.toList();
		int maxConcurrency = concurrencies.stream().mapToInt(Integer::intValue).max().orElse(1);
		Path out = Path.of(option("out", "chat-admin-benchmarks/results"));
		Files.createDirectories(out);
		boolean wrk = Boolean.parseBoolean(option("wrk", "true")) && only.contains("L0") && wrkAvailable();
		Map<String, Supplier<Client>> factories = new LinkedHashMap<>();
		factories.put("L1", () -> Clients.rawReactorNetty(baseUrl));
		factories.put("L2", () -> Clients.webClient(baseUrl));
		factories.put("L3", () -> Clients.template(baseUrl));
		factories.put("L3TYPED", () -> Clients.templateTyped(baseUrl));
		factories.put("L3NOOBS", () -> Clients.templateWithoutMetrics(baseUrl));
		factories.put("L3NOLIMIT", () -> Clients.templateWithoutLimiter(baseUrl));
		if (tlsPort > 0) {
			factories.put("L1TLS", () -> Clients.rawReactorNettyTls("https://" + tlsHost));
			factories.put("L3TLS", () -> Clients.templateTls("https://" + tlsHost));
			factories.put("P", () -> Clients.peer(tlsHost, maxConcurrency));
		}
		List<Client> clients = factories.entrySet()
			.stream()
			.filter((entry) -> only.contains(entry.getKey()))
			.map((entry) -> entry.getValue().get())
			.toList();
		Map<String, Map<Integer, List<Sample>>> closed = new LinkedHashMap<>();
		Map<Integer, List<Double>> wrkRates = new LinkedHashMap<>();
		try {
			if (scenarios.contains("closed")) {
				for (Client client : clients) {
					say("warming up " + client.name());
					closedLoop(client, 64, warmup);
				}
				for (int rep = 0; rep < reps; rep++) {
					for (int concurrency : concurrencies) {
						if (wrk) {
							wrkRates.computeIfAbsent(concurrency, (c) -> new ArrayList<>())
								.add(runWrk(baseUrl, concurrency, measure));
						}
						for (Client client : clients) {
							Sample sample = closedLoop(client, concurrency, measure);
							say(String.format(Locale.ROOT, "rep %d C=%d %s: %.0f calls/s, %.1f us CPU, %.0f B/call%s",
									rep, concurrency, client.name(), sample.rate(), sample.cpuMicros(), sample.bytes(),
									(sample.errors() > 0) ? ", " + sample.errors() + " failed calls, the first: "
											+ sample.firstError() : ""));
							closed.computeIfAbsent(client.name(), (k) -> new LinkedHashMap<>())
								.computeIfAbsent(concurrency, (k) -> new ArrayList<>())
								.add(sample);
						}
					}
				}
			}
			List<OpenLoop> openLoops = new ArrayList<>();
			if (scenarios.contains("open") && closed.containsKey(Clients.L1)) {
				openLoops.add(openLoops(clients, "half of L1's maximum", maxRate(closed, Clients.L1) / 2, measure));
				if (closed.containsKey(Clients.L3)) {
					openLoops.add(openLoops(clients, "half of L3's maximum", maxRate(closed, Clients.L3) / 2, measure));
				}
			}
			Map<String, Quota> quota = scenarios.contains("quota")
					? quotaScenario(Double.parseDouble(option("quota", "200")),
							Duration.ofSeconds(Long.parseLong(option("quota-seconds", "20"))))
					: Map.of();
			if (scenarios.contains("fleet")) {
				Fleet.run(Double.parseDouble(option("quota", "200")), Integer.parseInt(option("fleet-size", "4")),
						Duration.ofSeconds(Long.parseLong(option("fleet-seconds", "20"))), out, this::say);
			}
			if (!full) {
				return String.join("\n", this.log);
			}
			String report = Report.markdown(closed, wrkRates, concurrencies, openLoops, quota,
					Double.parseDouble(option("quota", "200")), reps, warmup, measure, wrk);
			Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
			Report.png(out.resolve("results.png"), closed, wrkRates, concurrencies, openLoops, quota);
			say("wrote " + out.resolve("results.md") + " and results.png");
			return report;
		}
		finally {
			clients.forEach(Client::close);
			if (inProcess != null) {
				inProcess.disposeNow();
				inProcessTls.disposeNow();
				Tls.deleteStores(inProcessStores);
			}
		}
	}

	private void say(String line) {
		this.log.add(line);
		System.out.println(line);
	}

	/**
	 * Keep exactly {@code concurrency} calls in flight for a while.
	 */
	static Sample closedLoop(Client client, int concurrency, Duration duration) {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong done = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		AtomicReference<String> firstError = new AtomicReference<>();
		long cpu0 = processCpuNanos();
		long alloc0 = allocatedBytes();
		long start = System.nanoTime();
		Mono<Void> all = Flux.range(0, concurrency)
			.flatMap((worker) -> Mono.defer(client::call)
				.doOnSuccess((result) -> done.incrementAndGet())
				.onErrorResume((ex) -> {
					errors.incrementAndGet();
					firstError.compareAndSet(null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
					return Mono.empty();
				})
				.repeat(() -> !stop.get()), concurrency)
			.then();
		var subscription = all.toFuture();
		LockSupport.parkNanos(duration.toNanos());
		long calls = done.get();
		long elapsed = System.nanoTime() - start;
		long cpu = processCpuNanos() - cpu0;
		long alloc = allocatedBytes() - alloc0;
		stop.set(true);
		try {
			subscription.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Calls did not finish", ex);
		}
		long n = Math.max(1, calls);
		return new Sample(calls * 1e9 / elapsed, cpu / 1e3 / n, (double) alloc / n, errors.get(), firstError.get());
	}

	private static double maxRate(Map<String, Map<Integer, List<Sample>>> closed, String name) {
		return closed.get(name)
			.values()
			.stream()
			.mapToDouble((samples) -> median(samples.stream().mapToDouble(Sample::rate).toArray()))
			.max()
			.orElse(20);
	}

	private OpenLoop openLoops(List<Client> clients, String label, double rate, Duration measure) {
		double r = Math.max(10, rate);
		Map<String, Open> byClient = new LinkedHashMap<>();
		for (Client client : clients) {
			if (OPEN_LOOP.contains(client.name())) {
				Open open = openLoop(client, r, measure);
				say(String.format(Locale.ROOT,
						"open loop at %.0f/s %s: p50 %.3f ms, p99 %.3f ms, %d done, %d failed, "
								+ "%d not sent (client behind)",
						r, client.name(), open.histogram().getValueAtPercentile(50) / 1e3,
						open.histogram().getValueAtPercentile(99) / 1e3, open.histogram().getTotalCount(),
						open.failed(), open.skipped()));
				byClient.put(client.name(), open);
			}
		}
		return new OpenLoop(label, r, byClient);
	}

	/**
	 * Send at a fixed rate and record the latency from each call's intended send time. A
	 * client that falls more than {@value #MAX_OUTSTANDING} calls behind is saturated:
	 * sends are skipped (and counted) instead of queueing without bound.
	 */
	static Open openLoop(Client client, double rate, Duration duration) {
		Histogram histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
		AtomicLong outstanding = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong skipped = new AtomicLong();
		Map<String, Long> failures = new ConcurrentHashMap<>();
		pace(rate, duration, (sendAt) -> {
			if (outstanding.get() >= MAX_OUTSTANDING) {
				skipped.incrementAndGet();
				return;
			}
			outstanding.incrementAndGet();
			client.call().subscribe(null, (ex) -> {
				failed.incrementAndGet();
				failures.merge(ex.getClass().getSimpleName() + ": "
						+ String.valueOf(ex.getMessage()).replaceAll("[0-9]+", "N"), 1L, Long::sum);
				outstanding.decrementAndGet();
			}, () -> {
				histogram.recordValue(Math.max(0, (System.nanoTime() - sendAt) / 1000));
				outstanding.decrementAndGet();
			});
		});
		awaitNone(outstanding, Duration.ofSeconds(30));
		return new Open(histogram, failed.get(), skipped.get(), new TreeMap<>(failures));
	}

	/**
	 * Call {@code send} with each intended send time of a fixed timetable, never early.
	 * @return how many times it was called
	 */
	static long pace(double rate, Duration duration, LongConsumer send) {
		long interval = (long) (1e9 / rate);
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
		long end = start + duration.toNanos();
		long ticks = 0;
		for (long intended = start; intended < end; intended += interval) {
			long wait = intended - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			send.accept(intended);
			ticks++;
		}
		return ticks;
	}

	static void awaitNone(AtomicLong outstanding, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (outstanding.get() > 0 && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
		}
	}

	/**
	 * Offer twice the emulator's per-command quota, limiter off and adaptive.
	 * @return the results by limiter mode
	 */
	private Map<String, Quota> quotaScenario(double quota, Duration duration) {
		Map<String, Quota> results = new LinkedHashMap<>();
		for (CommandRateLimiter.Mode mode : List.of(CommandRateLimiter.Mode.OFF, CommandRateLimiter.Mode.ADAPTIVE)) {
			ChatAdminEmulator emulator = ChatAdminEmulator.builder().secretKey(Clients.SECRET_KEY).build().start();
			emulator.quotas().limitCommand("openim/query_online_status", quota);
			try (ChatAdminTemplate template = ChatAdminTemplate.builder()
				.sdkAppId(emulator.getSdkAppId())
				.secretKey(emulator.getSecretKey())
				.endpoint(URI.create(emulator.baseUrl()))
				.rateLimiter(mode, quota, Map.of(), QUOTA_MAX_WAIT)
				.build()) {
				Map<String, Object> request = Map.of("To_Account", List.of("alice"));
				AtomicLong ok = new AtomicLong();
				AtomicLong failed = new AtomicLong();
				AtomicLong outstanding = new AtomicLong();
				long start = System.nanoTime();
				long offered = pace(2 * quota, duration, (sendAt) -> {
					outstanding.incrementAndGet();
					template.execute("openim", "query_online_status", request).subscribe((node) -> {
						ok.incrementAndGet();
						outstanding.decrementAndGet();
					}, (ex) -> {
						failed.incrementAndGet();
						outstanding.decrementAndGet();
						if (!(ex instanceof ChatAdminException)) {
							say("unexpected " + ex);
						}
					});
				});
				awaitNone(outstanding, Duration.ofSeconds(60));
				double seconds = (System.nanoTime() - start) / 1e9;
				long requests = emulator.callCount("openim/query_online_status");
				double throttled = (requests > 0) ? (double) (requests - ok.get()) / requests : 0;
				Quota result = new Quota(offered / (duration.toNanos() / 1e9), ok.get() / seconds, throttled,
						failed.get(), requests);
				results.put(mode.name(), result);
				say(String.format(Locale.ROOT,
						"quota %s: offered %d, ok %d, failed %d, requests %d, throttled %.2f %%, goodput %.1f/s", mode,
						offered, ok.get(), failed.get(), requests, throttled * 100, result.goodput()));
			}
			finally {
				emulator.close();
			}
		}
		return results;
	}

	private static boolean wrkAvailable() {
		try {
			return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private double runWrk(String baseUrl, int concurrency, Duration duration) throws Exception {
		Path script = Files.createTempFile("chat-admin-wrk", ".lua");
		Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = '" + Clients.BODY
				+ "'\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
			command.addAll(List.of("taskset", "-c", "0"));
		}
		command.addAll(List.of("wrk", "-t1", "-c" + concurrency, "-d" + Math.max(1, duration.toSeconds()) + "s", "-s",
				script.toString(), baseUrl + Clients.PATH + Clients.QUERY));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Files.deleteIfExists(script);
		Matcher matcher = WRK_RATE.matcher(output);
		double rate = matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
		say(String.format(Locale.ROOT, "C=%d L0 wrk: %.0f calls/s", concurrency, rate));
		return rate;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		if (n == 0) {
			return Double.NaN;
		}
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long allocatedBytes() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long total = 0;
		for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
			if (bytes > 0) {
				total += bytes;
			}
		}
		return total;
	}

	/**
	 * One closed-loop measurement.
	 *
	 * @param rate completed calls per second
	 * @param cpuMicros process CPU time per call, in microseconds
	 * @param bytes bytes allocated per call, all threads
	 * @param errors failed calls
	 * @param firstError the first failure, or {@code null}
	 */
	record Sample(double rate, double cpuMicros, double bytes, long errors, String firstError) {

	}

	/**
	 * One client's open-loop result.
	 *
	 * @param histogram latencies of the completed calls, in microseconds
	 * @param failed calls that failed
	 * @param skipped sends skipped because the client was too far behind
	 * @param failures the failed calls by kind (exception and message, digits blanked)
	 */
	record Open(Histogram histogram, long failed, long skipped, Map<String, Long> failures) {

	}

	/**
	 * The open-loop results at one rate.
	 *
	 * @param label how the rate was chosen
	 * @param rate calls per second
	 * @param byClient the results by client name
	 */
	record OpenLoop(String label, double rate, Map<String, Open> byClient) {

	}

	/**
	 * The quota scenario's result for one limiter mode.
	 *
	 * @param offered calls offered per second
	 * @param goodput calls per second that succeeded, over the whole run with its drain
	 * @param throttled fraction of the requests sent that were throttled
	 * @param failed calls that failed
	 * @param requests requests the emulator received
	 */
	record Quota(double offered, double goodput, double throttled, long failed, long requests) {

	}

	static String today() {
		return LocalDate.now().toString();
	}

}
