package io.github.chatadmin.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke run of the benchmark that {@code .ci/run} makes: every client, scenario and
 * report section works, with tiny durations (the numbers mean nothing).
 */
class HarnessSmokeTests {

	@Test
	void shouldRunEveryScenarioAndWriteTheReport(@TempDir Path out) throws Exception {
		String report = Harness.run(Map.of("warmup", "0.2", "measure", "0.3", "reps", "1", "concurrency", "1,16,64",
				"wrk", "false", "quota", "20", "quota-seconds", "1", "out", out.toString()));
		assertThat(report).contains(Clients.L1, Clients.L2, Clients.L3, Clients.L1_TLS, Clients.L3_TLS, Clients.PEER,
				Clients.L3_TYPED, Clients.L3_NO_METRICS, Clients.L3_NO_LIMITER, "L3 typed/L3 throughput",
				"Cost of each feature", "| observations", "C=1", "C=16", "C=64", "L3 TLS/P throughput", "Open loop",
				"At the quota", "| off", "| adaptive", "Against the targets", "peer SDK's throughput at C=64");
		assertThat(report).doesNotContain(" failed calls)", "NaN");
		assertThat(Files.readString(out.resolve("results.md"))).isEqualTo(report);
		assertThat(Files.size(out.resolve("results.png"))).isPositive();
	}

}
