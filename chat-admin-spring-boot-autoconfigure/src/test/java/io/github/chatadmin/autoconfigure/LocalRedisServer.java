package io.github.chatadmin.autoconfigure;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A {@code redis-server} started by a test on a free loopback port, with neither
 * snapshots nor an append-only file; the test is skipped when {@code redis-server} is not
 * installed.
 */
final class LocalRedisServer implements AutoCloseable {

	private final int port;

	private Process process;

	private LocalRedisServer(int port) {
		this.port = port;
	}

	static LocalRedisServer start() throws IOException, InterruptedException {
		Assumptions.assumeTrue(installed(), "redis-server is not installed");
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		LocalRedisServer server = new LocalRedisServer(port);
		server.restart();
		return server;
	}

	private static boolean installed() {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (new File(directory, "redis-server").canExecute()) {
				return true;
			}
		}
		return false;
	}

	int port() {
		return this.port;
	}

	void restart() throws IOException, InterruptedException {
		this.process = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(this.port), "--bind",
				"127.0.0.1", "--save", "", "--appendonly", "no"))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
				return;
			}
			catch (IOException ex) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("redis-server exited with " + this.process.exitValue());
				}
				Thread.onSpinWait();
			}
		}
		throw new IllegalStateException("redis-server did not start on port " + this.port);
	}

	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

}
