package io.github.chatadmin.client.transport;

import java.net.URI;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Rules for the base URLs the client may send to: {@code https} everywhere, {@code http}
 * only on loopback hosts ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}).
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class Endpoints {

	private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

	private Endpoints() {
	}

	/**
	 * Return whether the given host is a loopback host, judged by its literal form
	 * without any name resolution.
	 * @param host the host
	 * @return whether it is {@code localhost}, an address in {@code 127.0.0.0/8} or
	 * {@code ::1}
	 */
	public static boolean isLoopbackHost(@Nullable String host) {
		if (host == null) {
			return false;
		}
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		return "localhost".equalsIgnoreCase(bare) || IPV4_LOOPBACK.matcher(bare).matches() || "::1".equals(bare)
				|| "0:0:0:0:0:0:0:1".equals(bare);
	}

	/**
	 * Describe a base URL for messages and {@code toString()}: user info and query are
	 * masked, since a misconfigured URL may carry a password or a UserSig.
	 * @param endpoint the base URL
	 * @return the URL, safe to show
	 */
	public static String describe(@Nullable URI endpoint) {
		if (endpoint == null) {
			return "null";
		}
		if (endpoint.getRawUserInfo() == null && endpoint.getRawQuery() == null && endpoint.getRawFragment() == null) {
			return endpoint.toString();
		}
		StringBuilder safe = new StringBuilder();
		if (endpoint.getScheme() != null) {
			safe.append(endpoint.getScheme()).append("://");
		}
		if (endpoint.getRawUserInfo() != null) {
			safe.append("******@");
		}
		safe.append((endpoint.getRawAuthority() != null)
				? endpoint.getRawAuthority().substring(endpoint.getRawAuthority().indexOf('@') + 1) : "");
		safe.append((endpoint.getRawPath() != null) ? endpoint.getRawPath() : "");
		if (endpoint.getRawQuery() != null) {
			safe.append("?******");
		}
		return safe.toString();
	}

	/**
	 * Check a base URL and return it without a trailing slash.
	 * @param endpoint the base URL
	 * @return the normalized base URL
	 * @throws IllegalArgumentException if the URL is not absolute, has a query or
	 * fragment, or uses {@code http} on a host that is not loopback
	 */
	public static String validate(URI endpoint) {
		String scheme = endpoint.getScheme();
		if (scheme == null || endpoint.getHost() == null) {
			throw new IllegalArgumentException("must be an absolute https URL, for example https://console.tim.qq.com");
		}
		if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null || endpoint.getRawUserInfo() != null) {
			throw new IllegalArgumentException("must not have user info, a query or a fragment");
		}
		if (scheme.equalsIgnoreCase("http")) {
			if (!isLoopbackHost(endpoint.getHost())) {
				throw new IllegalArgumentException(
						"must use https; http is only allowed on loopback hosts (127.0.0.0/8, ::1, localhost)");
			}
		}
		else if (!scheme.equalsIgnoreCase("https")) {
			throw new IllegalArgumentException("must use https");
		}
		String value = endpoint.toString();
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

}
