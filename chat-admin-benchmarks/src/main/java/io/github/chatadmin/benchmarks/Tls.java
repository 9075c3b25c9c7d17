package io.github.chatadmin.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;

/**
 * The TLS variant's credentials: a throw-away self-signed certificate for 127.0.0.1 made
 * with the JDK's {@code keytool}, a key store for the stub and a trust store for the
 * clients ({@code javax.net.ssl.trustStore}, so that every client, the peer SDK's OkHttp
 * included, trusts the stub the way it would trust a real server).
 *
 * @author chat-admin
 */
final class Tls {

	static final String PASSWORD = "benchmark";

	static final String KEY_STORE = "stub-key.p12";

	static final String TRUST_STORE = "stub-trust.p12";

	private Tls() {
	}

	/**
	 * Make the key store and trust store in a directory unless they are there.
	 * @param directory the directory
	 * @throws IOException if keytool fails
	 */
	static void createStores(Path directory) throws IOException {
		Path key = directory.resolve(KEY_STORE);
		Path trust = directory.resolve(TRUST_STORE);
		if (Files.exists(key) && Files.exists(trust)) {
			return;
		}
		Files.createDirectories(directory);
		Files.deleteIfExists(key);
		Files.deleteIfExists(trust);
		Path certificate = directory.resolve("stub.cer");
		keytool("-genkeypair", "-alias", "stub", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
				"-ext", "SAN=ip:127.0.0.1", "-validity", "30", "-storetype", "PKCS12", "-keystore", key.toString(),
				"-storepass", PASSWORD);
		keytool("-exportcert", "-alias", "stub", "-keystore", key.toString(), "-storepass", PASSWORD, "-file",
				certificate.toString());
		keytool("-importcert", "-noprompt", "-alias", "stub", "-file", certificate.toString(), "-storetype", "PKCS12",
				"-keystore", trust.toString(), "-storepass", PASSWORD);
		Files.deleteIfExists(certificate);
	}

	/**
	 * Make every TLS client of this JVM trust the stub's certificate (and only it). Call
	 * before the first TLS connection.
	 * @param directory the directory of {@link #createStores(Path)}
	 */
	static void trustStub(Path directory) {
		System.setProperty("javax.net.ssl.trustStore", directory.resolve(TRUST_STORE).toString());
		System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
		System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
	}

	/**
	 * Delete the stores and their directory.
	 * @param directory the directory of {@link #createStores(Path)}
	 * @throws IOException if they cannot be deleted
	 */
	static void deleteStores(Path directory) throws IOException {
		Files.deleteIfExists(directory.resolve(KEY_STORE));
		Files.deleteIfExists(directory.resolve(TRUST_STORE));
		Files.deleteIfExists(directory);
	}

	static KeyManagerFactory keyManagers(Path directory) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(directory.resolve(KEY_STORE))) {
			store.load(in, PASSWORD.toCharArray());
		}
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(store, PASSWORD.toCharArray());
		return factory;
	}

	private static void keytool(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (process.waitFor() != 0) {
				throw new IOException("keytool " + args[0] + " failed: " + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted", ex);
		}
	}

}
