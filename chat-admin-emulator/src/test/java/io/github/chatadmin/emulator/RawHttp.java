package io.github.chatadmin.emulator;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 connection written by hand, to send what ordinary clients refuse to
 * (malformed URLs, a body that stops half-way) and to watch when the answer comes. Reads
 * give up after 30 seconds, so that a server that never answers fails the test instead of
 * hanging it.
 */
final class RawHttp implements Closeable {

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	private final String host;

	RawHttp(String baseUrl) throws IOException {
		URI uri = URI.create(baseUrl);
		this.host = uri.getHost() + ":" + uri.getPort();
		this.socket = new Socket();
		this.socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
		this.socket.setSoTimeout(30_000);
		this.in = this.socket.getInputStream();
		this.out = this.socket.getOutputStream();
	}

	/**
	 * Write the request line and headers of a POST.
	 * @param target the path and query, sent as they are
	 * @param headers extra headers, such as {@code Content-Length: 12}
	 */
	void head(String target, String... headers) throws IOException {
		StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: " + this.host + "\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		head.append("\r\n");
		write(head.toString().getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Write a whole request with a {@code Content-Length} body.
	 * @param target the path and query, sent as they are
	 * @param body the body
	 */
	void post(String target, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		head(target, "Content-Type: application/json", "Content-Length: " + bytes.length);
		write(bytes);
	}

	/**
	 * Write one chunk of a chunked body.
	 * @param data the chunk
	 */
	void chunk(byte[] data) throws IOException {
		write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		write(data);
		write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	void write(byte[] data) throws IOException {
		this.out.write(data);
		this.out.flush();
	}

	/**
	 * Read one response.
	 * @return the response
	 * @throws IOException when the connection is closed before a whole response came
	 */
	Response read() throws IOException {
		String statusLine = line();
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line = line(); !line.isEmpty(); line = line()) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (headers.containsKey("content-length")) {
			body.write(this.in.readNBytes(Integer.parseInt(headers.get("content-length"))));
		}
		else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			for (int size = Integer.parseInt(line(), 16); size > 0; size = Integer.parseInt(line(), 16)) {
				body.write(this.in.readNBytes(size));
				line();
			}
			line();
		}
		return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Return whether the server closed the connection: the next read finds its end, or a
	 * reset.
	 * @return whether it is closed
	 */
	boolean isClosedByServer() throws IOException {
		try {
			return this.in.read() == -1;
		}
		catch (java.net.SocketException ex) {
			return true;
		}
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int previous = -1;
		while (true) {
			int next = this.in.read();
			if (next == -1) {
				throw new IOException("the connection closed in the middle of a response");
			}
			if (previous == '\r' && next == '\n') {
				byte[] bytes = line.toByteArray();
				return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
			}
			line.write(next);
			previous = next;
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	record Response(int status, Map<String, String> headers, String body) {

	}

}
