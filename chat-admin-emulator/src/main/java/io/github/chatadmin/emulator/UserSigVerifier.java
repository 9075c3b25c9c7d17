package io.github.chatadmin.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
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

	private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,18}");

	private static final int MAX_DOCUMENT_BYTES = 4096;

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
		String sig = textField(doc, "TLS.sig");
		long time = numberField(doc, "TLS.time");
		long expire = numberField(doc, "TLS.expire");
		long appId = numberField(doc, "TLS.sdkappid");
		String id = textField(doc, "TLS.identifier");
		if (appId != this.sdkAppId) {
			throw new EmulatorError(70014, "the SDKAppID of the request does not match the UserSig");
		}
		if (!id.equals(identifier)) {
			throw new EmulatorError(70013, "the identifier of the request does not match the UserSig");
		}
		String content = "TLS.identifier:" + id + "\nTLS.sdkappid:" + appId + "\nTLS.time:" + time + "\nTLS.expire:"
				+ expire + "\n";
		byte[] expected = hmac(content);
		byte[] actual;
		try {
			actual = Base64.getDecoder().decode(sig);
		}
		catch (IllegalArgumentException ex) {
			throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: TLS.sig is not base64");
		}
		if (!MessageDigest.isEqual(expected, actual)) {
			throw new EmulatorError(70009, "the UserSig was not signed with this app's key");
		}
		if (expired(time, expire, nowSeconds)) {
			throw new EmulatorError(70001, "the UserSig expired");
		}
	}

	private static boolean expired(long time, long expire, long nowSeconds) {
		try {
			return Math.addExact(time, expire) < nowSeconds;
		}
		catch (ArithmeticException ex) {
			return time < 0;
		}
	}

	private static String textField(JsonNode doc, String name) {
		JsonNode value = doc.get(name);
		if (value == null || !value.isString()) {
			throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: " + name + " is missing or not a string");
		}
		return value.stringValue();
	}

	private static long numberField(JsonNode doc, String name) {
		JsonNode value = doc.get(name);
		if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		if (value != null && value.isString() && DIGITS.matcher(value.stringValue()).matches()) {
			return Long.parseLong(value.stringValue());
		}
		throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: " + name + " is missing or not an integer");
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
					if (out.size() > MAX_DOCUMENT_BYTES) {
						throw new EmulatorError(70003, "Err_TLS_Sig_Illegal: the UserSig is too large");
					}
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
