package io.github.chatadmin.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes a tls-sig-api-v2 UserSig the way the vendor's backend does, independently of
 * the code under test.
 */
public final class UserSigDecoder {

	private UserSigDecoder() {
	}

	public static JsonNode decode(String userSig) {
		String base64 = userSig.replace('*', '+').replace('-', '/').replace('_', '=');
		byte[] compressed = Base64.getDecoder().decode(base64);
		Inflater inflater = new Inflater();
		inflater.setInput(compressed);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[512];
		try {
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && inflater.needsInput()) {
					break;
				}
				out.write(buffer, 0, n);
			}
		}
		catch (DataFormatException ex) {
			throw new IllegalArgumentException(ex);
		}
		finally {
			inflater.end();
		}
		return JsonMapper.builder().build().readTree(out.toByteArray());
	}

	public static String expectedSignature(JsonNode doc, String secretKey) {
		String content = "TLS.identifier:" + doc.get("TLS.identifier").asString() + "\n" + "TLS.sdkappid:"
				+ doc.get("TLS.sdkappid").asLong() + "\n" + "TLS.time:" + doc.get("TLS.time").asLong() + "\n"
				+ "TLS.expire:" + doc.get("TLS.expire").asLong() + "\n";
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
