package io.github.chatadmin.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import reactor.core.publisher.Flux;

import io.github.chatadmin.benchmarks.Clients.Client;

/**
 * The cost of one call on a busy machine: CPU time and bytes allocated per call, which
 * other processes sharing the cores do not change much, unlike calls per second. Runs a
 * fixed number of calls per round at a fixed concurrency for each client, in interleaved
 * rounds, against a stub in its own JVM (so the stub's work is not counted), and prints
 * the median and the range of the rounds. Options as {@code --key=value}:
 * {@code stub-port} (0 starts a stub JVM, stopped on exit), {@code calls} (per round),
 * {@code rounds}, {@code warmup} (calls per client before the rounds),
 * {@code concurrency} and {@code clients} (of {@code L1}, {@code L2}, {@code L3},
 * {@code L3TYPED}, {@code L3NOOBS}, {@code L3NOLIMIT}, {@code L3NOLTT},
 * {@code L3EMPTYHANDLER}, comma separated).
 *
 * @author chat-admin
 */
public final class Micro {

	private Micro() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		if (options.containsKey("help")) {
			System.out.println("Micro [--stub-port=0] [--calls=20000] [--rounds=5] [--warmup=40000] "
					+ "[--concurrency=16] [--clients=L2,L3,L3TYPED]");
			return;
		}
		int port = Integer.parseInt(options.getOrDefault("stub-port", "0"));
		Process stub = null;
		if (port == 0) {
			stub = startStub();
			Process started = stub;
			Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
			port = readyPort(stub);
		}
		try {
			System.out.println(run(options, "http://127.0.0.1:" + port));
		}
		finally {
			if (stub != null) {
				stub.destroyForcibly().waitFor();
			}
		}
		System.exit(0);
	}

	/**
	 * Measure the clients.
	 * @param options the options, as from the command line without {@code --}
	 * @param baseUrl the stub
	 * @return the report, one line per client
	 */
	static String run(Map<String, String> options, String baseUrl) {
		int calls = Integer.parseInt(options.getOrDefault("calls", "20000"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "40000"));
		int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
		Map<String, Function<String, Client>> factories = new LinkedHashMap<>();
		factories.put("L1", Clients::rawReactorNetty);
		factories.put("L2", Clients::webClient);
		factories.put("L3", Clients::template);
		factories.put("L3TYPED", Clients::templateTyped);
		factories.put("L3NOOBS", Clients::templateWithoutMetrics);
		factories.put("L3NOLIMIT", Clients::templateWithoutLimiter);
		factories.put("L3NOLTT", Clients::templateWithoutLongTaskTimer);
		factories.put("L3EMPTYHANDLER", Clients::templateWithEmptyHandler);
		List<Client> clients = new ArrayList<>();
		for (String key : options.getOrDefault("clients", "L2,L3,L3TYPED").split(",")) {
			clients.add(factories.get(key.trim()).apply(baseUrl));
		}
		Map<String, List<double[]>> results = new LinkedHashMap<>();
		try {
			for (Client client : clients) {
				measure(client, warmup, concurrency);
			}
			for (int round = 0; round < rounds; round++) {
				for (Client client : clients) {
					double[] cost = measure(client, calls, concurrency);
					results.computeIfAbsent(client.name(), (k) -> new ArrayList<>()).add(cost);
				}
			}
		}
		finally {
			clients.forEach(Client::close);
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%d rounds of %d calls at C=%d, median [min-max]%n| client | CPU us/call | bytes/call |%n|---|---|---|%n",
				rounds, calls, concurrency));
		results.forEach((name, costs) -> out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", name,
				range(costs, 0, "%.1f"), range(costs, 1, "%.0f"))));
		return out.toString();
	}

	/**
	 * Make {@code calls} calls, {@code concurrency} at a time.
	 * @return process CPU microseconds and bytes allocated (all threads) per call
	 */
	static double[] measure(Client client, int calls, int concurrency) {
		long cpu0 = processCpuNanos();
		long alloc0 = allocatedBytes();
		Flux.range(0, calls).flatMap((i) -> client.call(), concurrency).then().block();
		long cpu = processCpuNanos() - cpu0;
		long alloc = allocatedBytes() - alloc0;
		return new double[] { cpu / 1e3 / calls, (double) alloc / calls };
	}

	private static String range(List<double[]> costs, int index, String format) {
		double[] values = costs.stream().mapToDouble((cost) -> cost[index]).toArray();
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (double value : values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", Harness.median(values), min,
				max);
	}

	private static Process startStub() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xms256m", "-Xmx256m", "-XX:+UseParallelGC", "-XX:ActiveProcessorCount=1",
				"-Dreactor.netty.ioWorkerCount=1", "-cp", System.getProperty("java.class.path"),
				StubServer.class.getName(), "0", "0")
			.redirectErrorStream(true)
			.start();
	}

	private static int readyPort(Process stub) throws Exception {
		BufferedReader lines = new BufferedReader(new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8));
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.startsWith("READY ")) {
				Thread drain = new Thread(() -> lines.lines().forEach((ignored) -> {
				}), "stub-output");
				drain.setDaemon(true);
				drain.start();
				return Integer.parseInt(line.split(" ")[1]);
			}
		}
		throw new IllegalStateException("The stub did not start");
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

}
