package io.github.chatadmin.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;

/**
 * TEST-ONLY TLS credentials: a throw-away self-signed EC certificate for the given host
 * names, made at test time with the JDK's {@code keytool} (Netty's
 * {@code SelfSignedCertificate} is deprecated and, without BouncyCastle, runs
 * {@code keytool} too), and a trust store holding only that certificate. The client's
 * dedicated transport trusts what the JVM trusts, so {@link #trustedByThisJvm()} points
 * {@code javax.net.ssl.trustStore} at it until the returned handle is closed; templates
 * built in between trust the test servers and nothing else.
 */
final class TestTlsCredentials {

	private static final String PASSWORD = "test-only";

	private static final String[] TRUST_PROPERTIES = { "javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
			"javax.net.ssl.trustStoreType" };

	private final KeyStore keyStore;

	private final Path trustStore;

	private TestTlsCredentials(KeyStore keyStore, Path trustStore) {
		this.keyStore = keyStore;
		this.trustStore = trustStore;
	}

	/**
	 * Make a key pair and a self-signed certificate valid for the given host names, and a
	 * trust store with that certificate, in a directory.
	 * @param directory a directory that the test deletes
	 * @param hostNames the DNS names of the certificate
	 * @return the credentials
	 */
	static TestTlsCredentials create(Path directory, String... hostNames) throws IOException, GeneralSecurityException {
		Path key = directory.resolve("server-key.p12");
		List<String> names = new ArrayList<>();
		for (String hostName : hostNames) {
			names.add("dns:" + hostName);
		}
		keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
				"CN=" + hostNames[0], "-ext", "SAN=" + String.join(",", names), "-validity", "2", "-storetype",
				"PKCS12", "-keystore", key.toString(), "-storepass", PASSWORD);
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(key)) {
			keyStore.load(in, PASSWORD.toCharArray());
		}
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("server", keyStore.getCertificate("server"));
		Path trustStore = directory.resolve("trust.p12");
		try (OutputStream out = Files.newOutputStream(trustStore)) {
			trust.store(out, PASSWORD.toCharArray());
		}
		return new TestTlsCredentials(keyStore, trustStore);
	}

	/**
	 * Return the server's key.
	 * @return a key manager factory over the key and its certificate
	 */
	KeyManagerFactory keyManagers() throws GeneralSecurityException {
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(this.keyStore, PASSWORD.toCharArray());
		return factory;
	}

	/**
	 * Make TLS clients created from now on trust this certificate only, until the handle
	 * is closed, which restores the previous trust store settings.
	 * @return the handle
	 */
	AutoCloseable trustedByThisJvm() {
		String[] previous = new String[TRUST_PROPERTIES.length];
		for (int i = 0; i < TRUST_PROPERTIES.length; i++) {
			previous[i] = System.getProperty(TRUST_PROPERTIES[i]);
		}
		System.setProperty(TRUST_PROPERTIES[0], this.trustStore.toString());
		System.setProperty(TRUST_PROPERTIES[1], PASSWORD);
		System.setProperty(TRUST_PROPERTIES[2], "PKCS12");
		return () -> {
			for (int i = 0; i < TRUST_PROPERTIES.length; i++) {
				if (previous[i] != null) {
					System.setProperty(TRUST_PROPERTIES[i], previous[i]);
				}
				else {
					System.clearProperty(TRUST_PROPERTIES[i]);
				}
			}
		};
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
			throw new IOException("Interrupted while waiting for keytool", ex);
		}
	}

}
