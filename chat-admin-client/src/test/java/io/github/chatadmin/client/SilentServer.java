package io.github.chatadmin.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on 127.0.0.1 that accepts connections and reads what it is sent, but never
 * answers: a black hole once the request is written, or a TLS server that never finishes
 * the handshake. It counts the HTTP requests it was sent and sees clients close.
 */
final class SilentServer implements AutoCloseable {

	private final ServerSocket serverSocket;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicInteger requests = new AtomicInteger();

	private final CountDownLatch clientClosed = new CountDownLatch(1);

	SilentServer() throws IOException {
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "silent-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String baseUrl(String scheme) {
		return scheme + "://127.0.0.1:" + this.serverSocket.getLocalPort();
	}

	/**
	 * Return how many HTTP requests (request lines starting with {@code POST /}) arrived.
	 * @return the requests
	 */
	int requests() {
		return this.requests.get();
	}

	/**
	 * Wait until a client closes its connection.
	 * @param seconds the longest wait
	 * @return whether a client closed its connection in time
	 */
	boolean awaitClientClose(long seconds) throws InterruptedException {
		return this.clientClosed.await(seconds, TimeUnit.SECONDS);
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				this.sockets.add(socket);
				Thread reader = new Thread(() -> read(socket), "silent-server-reader");
				reader.setDaemon(true);
				reader.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void read(Socket socket) {
		byte[] buffer = new byte[8192];
		StringBuilder text = new StringBuilder();
		try (InputStream in = socket.getInputStream()) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				text.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
				int at;
				while ((at = text.indexOf("POST /")) >= 0) {
					this.requests.incrementAndGet();
					text.delete(0, at + 6);
				}
			}
			this.clientClosed.countDown();
		}
		catch (IOException ex) {
			this.clientClosed.countDown();
		}
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

}
