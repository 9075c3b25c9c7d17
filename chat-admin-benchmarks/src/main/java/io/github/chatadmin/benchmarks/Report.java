package io.github.chatadmin.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

import io.github.chatadmin.benchmarks.Harness.Open;
import io.github.chatadmin.benchmarks.Harness.OpenLoop;
import io.github.chatadmin.benchmarks.Harness.Quota;
import io.github.chatadmin.benchmarks.Harness.Sample;

/**
 * Writes the benchmark results as a markdown table with ratios and targets, and as a PNG.
 *
 * @author chat-admin
 */
final class Report {

	private static final String L0 = "L0 wrk";

	private Report() {
	}

	static String markdown(Map<String, Map<Integer, List<Sample>>> closed, Map<Integer, List<Double>> wrk,
			List<Integer> concurrencies, List<OpenLoop> openLoops, Map<String, Quota> quota, double quotaRate, int reps,
			Duration warmup, Duration measure, boolean wrkRan) {
		List<String> names = new ArrayList<>(closed.keySet());
		String raw = Clients.L1;
		String template = Clients.L3;
		StringBuilder md = new StringBuilder();
		md.append("# Benchmark results\n\n");
		md.append("Date: ")
			.append(Harness.today())
			.append(". Machine: ")
			.append(machine())
			.append(". JVM: ")
			.append(System.getProperty("java.vm.name"))
			.append(' ')
			.append(System.getProperty("java.version"))
			.append(", ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" processor(s) visible, heap ")
			.append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
			.append(" MB.\n\n");
		md.append(String.format(Locale.ROOT,
				"Method: stub in its own JVM on 127.0.0.1 (CPU 1), harness on CPU 0; warm-up %ds per client, "
						+ "%d interleaved repetitions of %ds per configuration; median [min-max].%n%n",
				warmup.toSeconds(), reps, measure.toSeconds()));
		md.append("## Closed loop: completed calls/s\n\n");
		header(md, "client", concurrencies);
		if (wrkRan) {
			md.append("| ").append(L0).append(" |");
			for (int c : concurrencies) {
				md.append(' ').append(range(wrkRates(wrk, c), "%.0f")).append(" |");
			}
			md.append('\n');
		}
		for (String name : names) {
			md.append("| ").append(name).append(" |");
			for (int c : concurrencies) {
				md.append(' ').append(range(values(closed, name, c, Sample::rate), "%.0f"));
				long errors = (long) Arrays.stream(values(closed, name, c, Sample::errors)).sum();
				if (errors > 0) {
					md.append(" (").append(errors).append(" failed calls)");
				}
				md.append(" |");
			}
			md.append('\n');
		}
		if (!wrkRan) {
			md.append("\nL0 (wrk) was not run: wrk is not installed on this machine.\n");
		}
		md.append("\n## Ratios\n\n");
		header(md, "ratio", concurrencies);
		List<String[]> ratios = List.of(new String[] { Clients.L2, Clients.L1 },
				new String[] { Clients.L3, Clients.L1 }, new String[] { Clients.L3, Clients.L2 },
				new String[] { Clients.L3_TYPED, Clients.L3 }, new String[] { Clients.L3_TLS, Clients.L1_TLS },
				new String[] { Clients.PEER, Clients.L1_TLS }, new String[] { Clients.L3_TLS, Clients.PEER });
		for (String[] pair : ratios) {
			if (!closed.containsKey(pair[0]) || !closed.containsKey(pair[1])) {
				continue;
			}
			md.append("| ").append(label(pair[0])).append('/').append(label(pair[1])).append(" throughput |");
			for (int c : concurrencies) {
				md.append(String.format(Locale.ROOT, " %.2f |", ratioAt(closed, pair[0], pair[1], c)));
			}
			md.append('\n');
		}
		if (wrkRan) {
			md.append("| L1/L0 throughput |");
			for (int c : concurrencies) {
				md.append(String.format(Locale.ROOT, " %.2f |",
						median(closed, raw, c, Sample::rate) / Harness.median(wrkRates(wrk, c))));
			}
			md.append('\n');
		}
		int cpuAt = concurrencies.contains(64) ? 64 : concurrencies.get(concurrencies.size() - 1);
		md.append(String.format(Locale.ROOT,
				"%n## Cost per call at C=%d%n%n| client | CPU us/call | bytes allocated/call |%n|---|---|---|%n",
				cpuAt));
		for (String name : names) {
			md.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f |%n", name,
					median(closed, name, cpuAt, Sample::cpuMicros), median(closed, name, cpuAt, Sample::bytes)));
		}
		md.append(String.format(Locale.ROOT,
				"%n## Cost of each feature at C=%d: L3 with it minus L3 without it (never triggered)%n%n"
						+ "| feature | CPU us/call | bytes allocated/call | throughput with / without |%n|---|---|---|---|%n",
				cpuAt));
		for (String[] feature : List.of(new String[] { "observations (Micrometer, meters)", Clients.L3_NO_METRICS },
				new String[] { "rate limiter (adaptive)", Clients.L3_NO_LIMITER })) {
			if (closed.containsKey(feature[1]) && closed.containsKey(template)) {
				md.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.2f |%n", feature[0],
						median(closed, template, cpuAt, Sample::cpuMicros)
								- median(closed, feature[1], cpuAt, Sample::cpuMicros),
						median(closed, template, cpuAt, Sample::bytes)
								- median(closed, feature[1], cpuAt, Sample::bytes),
						ratioAt(closed, template, feature[1], cpuAt)));
			}
		}
		double addedP99AtHalf = Double.NaN;
		for (OpenLoop open : openLoops) {
			md.append(String
				.format(Locale.ROOT, "%n## Open loop at %.0f calls/s (%s): latency from the intended send time%n%n"
						+ "| client | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | completed | failed | not sent (client behind) |%n"
						+ "|---|---|---|---|---|---|---|---|---|%n", open.rate(), open.label()));
			open.byClient()
				.forEach((name, o) -> md.append(String.format(Locale.ROOT,
						"| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %d | %d |%n", name, ms(o.histogram(), 50),
						ms(o.histogram(), 90), ms(o.histogram(), 99), ms(o.histogram(), 99.9),
						o.histogram().getMaxValue() / 1000.0, o.histogram().getTotalCount(), o.failed(), o.skipped())));
			open.byClient()
				.forEach((name, o) -> o.failures()
					.forEach((kind, count) -> md
						.append(String.format(Locale.ROOT, "%n%s failed %d times: %s%n", name, count, kind))));
			Open rawO = open.byClient().get(raw);
			Open templateO = open.byClient().get(template);
			if (rawO != null && templateO != null) {
				double addedP50 = ms(templateO.histogram(), 50) - ms(rawO.histogram(), 50);
				double addedP99 = ms(templateO.histogram(), 99) - ms(rawO.histogram(), 99);
				if (Double.isNaN(addedP99AtHalf)) {
					addedP99AtHalf = addedP99;
				}
				md.append(String.format(Locale.ROOT, "%nL3 - L1 added latency: p50 %.3f ms, p99 %.3f ms.%s%n", addedP50,
						addedP99,
						(templateO.skipped() + templateO.failed() > 0)
								? " L3 cannot keep up with this rate on one core: its latency here is mostly queueing."
								: ""));
			}
		}
		md.append(String.format(Locale.ROOT,
				"%n## At the quota: emulator limited to %.0f calls/s for the command, offered twice that%n%n"
						+ "| limiter | offered calls/s | goodput calls/s | goodput / quota | throttled share of requests | failed calls | requests sent |%n"
						+ "|---|---|---|---|---|---|---|%n",
				quotaRate));
		quota.forEach((mode,
				q) -> md.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.2f | %.2f %% | %d | %d |%n",
						mode.toLowerCase(Locale.ROOT), q.offered(), q.goodput(), q.goodput() / quotaRate,
						q.throttled() * 100, q.failed(), q.requests())));
		md.append(String.format(Locale.ROOT,
				"%nFailed calls with the limiter on are calls refused as \"client saturated\" after waiting "
						+ "`limiter.max-wait` (%d s): at twice the quota, half of the offered load cannot be served.%n",
				Harness.QUOTA_MAX_WAIT.toSeconds()));
		md.append("\n## Against the targets\n\n");
		double at16 = ratioAt(closed, template, raw, 16);
		double at64 = ratioAt(closed, template, raw, 64);
		md.append(String.format(Locale.ROOT, "- L3 >= 0.9 x L1 throughput at C=16 and C=64: %.2f and %.2f, %s.%n", at16,
				at64, (at16 >= 0.9 && at64 >= 0.9) ? "met" : "**not met**"));
		md.append(String.format(Locale.ROOT, "- Added p99 latency <= 0.5 ms at 50 %% of L1's maximum: %.3f ms, %s.%n",
				addedP99AtHalf, (addedP99AtHalf <= 0.5) ? "met" : "**not met**"));
		Quota adaptive = quota.get("ADAPTIVE");
		if (adaptive != null) {
			boolean met = adaptive.goodput() / quotaRate >= 0.95 && adaptive.throttled() < 0.01;
			md.append(String.format(Locale.ROOT,
					"- Goodput >= 95 %% of quota with < 1 %% throttled, limiter on: %.2f and %.2f %%, %s.%n",
					adaptive.goodput() / quotaRate, adaptive.throttled() * 100, met ? "met" : "**not met**"));
		}
		if (closed.containsKey(Clients.PEER) && closed.containsKey(Clients.L3_TLS)) {
			double versusPeer = ratioAt(closed, Clients.L3_TLS, Clients.PEER, cpuAt);
			double cpu = median(closed, Clients.L3_TLS, cpuAt, Sample::cpuMicros);
			double peerCpu = median(closed, Clients.PEER, cpuAt, Sample::cpuMicros);
			md.append(String.format(Locale.ROOT,
					"- >= 2 x the peer SDK's throughput at C=%d with less CPU per call (both over TLS): "
							+ "%.2f x, %.1f vs %.1f us CPU per call, %s.%n",
					cpuAt, versusPeer, cpu, peerCpu, (versusPeer >= 2 && cpu < peerCpu) ? "met" : "**not met**"));
		}
		else {
			md.append("- >= 2 x the peer SDK's throughput: not measured in this run.\n");
		}
		md.append("\nThe TLS rows run against the same stub's TLS listener (a self-signed certificate for 127.0.0.1 "
				+ "that the JVM's trust store trusts), because the peer SDK builds `https://` URLs only. "
				+ "P is `io.github.doocs:im-server-sdk-java` as its README shows it (`new ImClient(appId, admin, key, "
				+ "domain)`, default configuration), blocking, each call on a thread of a pool as large as the highest "
				+ "concurrency.\n");
		return md.toString();
	}

	static void png(Path file, Map<String, Map<Integer, List<Sample>>> closed, Map<Integer, List<Double>> wrk,
			List<Integer> concurrencies, List<OpenLoop> openLoops, Map<String, Quota> quota) throws IOException {
		List<String> categories = concurrencies.stream().map((c) -> "C=" + c).toList();
		Map<String, double[]> throughput = new LinkedHashMap<>();
		if (!wrk.isEmpty()) {
			throughput.put(L0, concurrencies.stream().mapToDouble((c) -> Harness.median(wrkRates(wrk, c))).toArray());
		}
		closed.forEach((name, byC) -> throughput.put(name,
				concurrencies.stream().mapToDouble((c) -> median(closed, name, c, Sample::rate)).toArray()));
		Map<String, double[]> goodput = new LinkedHashMap<>();
		quota.forEach((mode, q) -> goodput.put("limiter " + mode.toLowerCase(Locale.ROOT),
				new double[] { q.offered(), q.goodput(), q.throttled() * 100 }));
		List<BarChart.Panel> panels = new ArrayList<>();
		panels.add(new BarChart.Panel("Closed loop throughput", "calls/s", categories, throughput));
		for (OpenLoop open : openLoops) {
			Map<String, double[]> latency = new LinkedHashMap<>();
			open.byClient()
				.forEach((name, o) -> latency.put(name,
						new double[] { ms(o.histogram(), 50), ms(o.histogram(), 99), ms(o.histogram(), 99.9) }));
			panels.add(new BarChart.Panel(
					String.format(Locale.ROOT, "Open loop latency at %.0f calls/s (%s)", open.rate(), open.label()),
					"ms", List.of("p50", "p99", "p99.9"), latency));
		}
		panels.add(new BarChart.Panel("At twice the quota", "calls/s or %",
				List.of("offered calls/s", "goodput calls/s", "throttled %"), goodput));
		BarChart.writePanels(file, panels);
	}

	private static void header(StringBuilder md, String first, List<Integer> concurrencies) {
		md.append("| ").append(first).append(" |");
		concurrencies.forEach((c) -> md.append(" C=").append(c).append(" |"));
		md.append("\n|---|");
		concurrencies.forEach((c) -> md.append("---|"));
		md.append('\n');
	}

	private static double[] wrkRates(Map<Integer, List<Double>> wrk, int c) {
		return wrk.getOrDefault(c, List.of()).stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static String label(String name) {
		String[] words = name.split(" ");
		if (words[1].equals("typed")) {
			return words[0] + " typed";
		}
		return (words[1].equals("TLS") && !name.equals(Clients.PEER)) ? words[0] + " TLS" : words[0];
	}

	private static double ratioAt(Map<String, Map<Integer, List<Sample>>> closed, String a, String b, int c) {
		return median(closed, a, c, Sample::rate) / median(closed, b, c, Sample::rate);
	}

	private static double[] values(Map<String, Map<Integer, List<Sample>>> closed, String name, int c,
			ToDoubleFunction<Sample> value) {
		return closed.getOrDefault(name, Map.of()).getOrDefault(c, List.of()).stream().mapToDouble(value).toArray();
	}

	private static double median(Map<String, Map<Integer, List<Sample>>> closed, String name, int c,
			ToDoubleFunction<Sample> value) {
		return Harness.median(values(closed, name, c, value));
	}

	private static String range(double[] values, String format) {
		if (values.length == 0) {
			return "-";
		}
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (double v : values) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", Harness.median(values), min,
				max);
	}

	private static double ms(Histogram histogram, double percentile) {
		return histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	private static String machine() {
		String model = "unknown CPU";
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
				if (line.startsWith("model name")) {
					model = line.substring(line.indexOf(':') + 1).trim();
					break;
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + model;
	}

}
