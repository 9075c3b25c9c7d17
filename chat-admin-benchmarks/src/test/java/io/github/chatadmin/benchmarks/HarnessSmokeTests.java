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
		String report = Harness.run(Map.of("warmup", "0.2", "measure", "0.3", "reps", "1", "concurrency", "1,4", "wrk",
				"false", "quota", "20", "quota-seconds", "1", "out", out.toString()));
		assertThat(report).contains("L1 raw Reactor Netty", "L2 WebClient", "L3 ChatAdminTemplate", "C=1", "C=4",
				"Open loop", "At the quota", "| off", "| adaptive", "Against the targets");
		assertThat(Files.readString(out.resolve("results.md"))).isEqualTo(report);
		assertThat(Files.size(out.resolve("results.png"))).isPositive();
	}

}
