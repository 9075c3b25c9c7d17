package io.github.chatadmin.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a tls-sig-api-v2 UserSig as the vendor's backend does: decodes it, checks the
 * HMAC against the secret key, the identifier, the SDKAppID and the expiry, and answers
 * the vendor's error code.
 *
 * @author chat-admin
 */
final class UserSigVerifier {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final long sdkAppId;

	private final byte[] secretKey;

	UserSigVerifier(long sdkAppId, String secretKey) {
		this.sdkAppId = sdkAppId;
		this.secretKey = secretKey.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Verify a UserSig.
	 * @param userSig the UserSig from the query
	 * @param identifier the identifier from the query
	 * @param nowSeconds the current Unix time
	 * @throws EmulatorError with 70003 (cannot be decoded), 70014 (other SDKAppID), 70013
	 * (other identifier), 70009 (other key) or 70001 (expired)
	 */
	void verify(String userSig, String identifier, long nowSeconds) {
		JsonNode doc = decode(userSig);
		JsonNode sig = doc.get("TLS.sig");
		JsonNode time = doc.get("TLS.time");
		JsonNode expire = doc.get("TLS.expire");
		JsonNode appId = doc.get("TLS.sdkappid");
		JsonNode id = doc.get("TLS.identifier");
		if (sig == null || time == null || expire == null || appId == null || id == null) {
			throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: the UserSig lacks fields");
		}
		if (appId.asLong() != this.sdkAppId) {
			throw new EmulatorError(70014, "the SDKAppID of the request does not match the UserSig");
		}
		if (!id.asString().equals(identifier)) {
			throw new EmulatorError(70013, "the identifier of the request does not match the UserSig");
		}
		String content = "TLS.identifier:" + id.asString() + "\nTLS.sdkappid:" + appId.asLong() + "\nTLS.time:"
				+ time.asLong() + "\nTLS.expire:" + expire.asLong() + "\n";
		byte[] expected = hmac(content);
		byte[] actual;
		try {
			actual = Base64.getDecoder().decode(sig.asString());
		}
		catch (IllegalArgumentException ex) {
			throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: TLS.sig is not base64");
		}
		if (!MessageDigest.isEqual(expected, actual)) {
			throw new EmulatorError(70009, "the UserSig was not signed with this app's key");
		}
		if (time.asLong() + expire.asLong() < nowSeconds) {
			throw new EmulatorError(70001, "the UserSig expired");
		}
	}

	private static JsonNode decode(String userSig) {
		try {
			byte[] compressed = Base64.getDecoder()
				.decode(userSig.replace('*', '+').replace('-', '/').replace('_', '='));
			Inflater inflater = new Inflater();
			try {
				inflater.setInput(compressed);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				byte[] buffer = new byte[512];
				while (!inflater.finished()) {
					int n = inflater.inflate(buffer);
					if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
						throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: the UserSig is truncated");
					}
					out.write(buffer, 0, n);
				}
				JsonNode doc = mapper.readTree(out.toByteArray());
				if (doc == null || !doc.isObject()) {
					throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: the UserSig is not a JSON object");
				}
				return doc;
			}
			finally {
				inflater.end();
			}
		}
		catch (IllegalArgumentException | DataFormatException | JacksonException ex) {
			throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: the UserSig cannot be decoded");
		}
	}

	private byte[] hmac(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secretKey, "HmacSHA256"));
			return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
