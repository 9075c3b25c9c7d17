#!/usr/bin/env bash
# Runs every benchmark and writes chat-admin-benchmarks/results/results.md and results.png.
# Usage: chat-admin-benchmarks/run.sh [--measure=20] [--warmup=30] [--reps=3] [--concurrency=1,16,64,256]
# To profile one client (no report then): HARNESS_JAVA_OPTS=-XX:StartFlightRecording=filename=l3.jfr \
#   chat-admin-benchmarks/run.sh --clients=L3 --scenarios=closed --concurrency=64 --reps=1
# The fleet scenario (4 templates, one emulator quota of 200/s, 400/s offered; per-instance adaptive limiter, then the
# limiter shared through a redis-server it starts itself; writes results/fleet.md):
#   chat-admin-benchmarks/run.sh --scenarios=fleet [--fleet-size=4] [--fleet-seconds=20] [--quota=200]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Dmaven.test.skip=true -pl chat-admin-benchmarks -am package
if ! command -v wrk > /dev/null; then
	echo "Installing wrk (Debian package) for the L0 baseline..."
	(apt-get install -y wrk > /dev/null 2>&1 || sudo -n apt-get install -y wrk > /dev/null 2>&1) \
		|| echo "Could not install wrk: the results will say L0 was not run."
fi
classpath="chat-admin-benchmarks/target/classes:chat-admin-benchmarks/target/lib/*"
# Job control: each background job below gets its own process group, led by its JVM (pin execs taskset, which
# execs java), so cleanup can signal the JVM and every process it started (wrk, the fleet's redis-server).
set -m
pin() { if command -v taskset > /dev/null && [ "$(nproc)" -ge 2 ]; then exec taskset -c "$1" "${@:2}"; else exec "${@:2}"; fi; }
stub_log=$(mktemp)
tls_dir=chat-admin-benchmarks/target/tls
stub_pid=
harness_pid=
cleanup() {
	for pid in $harness_pid $stub_pid; do kill -TERM -- "-$pid" 2> /dev/null || kill -TERM "$pid" 2> /dev/null || true; done
	for pid in $harness_pid $stub_pid; do wait "$pid" 2> /dev/null || true; done
	rm -f "$stub_log"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
pin 1 java -Xms256m -Xmx256m -XX:+UseParallelGC -XX:ActiveProcessorCount=1 -Dreactor.netty.ioWorkerCount=1 \
	-cp "$classpath" io.github.chatadmin.benchmarks.StubServer 0 0 "$tls_dir" > "$stub_log" 2>&1 &
stub_pid=$!
for _ in $(seq 1 300); do
	grep -q '^READY' "$stub_log" && break
	sleep 0.1
done
port=$(awk '/^READY/ {print $2}' "$stub_log")
tls_port=$(awk '/^READY/ {print $3}' "$stub_log")
[ -n "$port" ] || { echo "The stub server did not start:"; cat "$stub_log"; exit 1; }
# In the background too, and waited for, so that a signal to this script runs the traps at once.
pin 0 java -Xms512m -Xmx512m -XX:+UseParallelGC -XX:ActiveProcessorCount=1 -Dreactor.netty.ioWorkerCount=1 \
	${HARNESS_JAVA_OPTS:-} -cp "$classpath" io.github.chatadmin.benchmarks.Harness \
	--stub-port="$port" --tls-port="$tls_port" --tls-dir="$tls_dir" \
	--out=chat-admin-benchmarks/results "$@" &
harness_pid=$!
wait "$harness_pid"
