package io.github.chatadmin.client.api.message;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Source of the vendor's de-duplication values ({@code MsgRandom}, {@code Random}): fresh
 * unsigned 32-bit numbers.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public final class MessageRandom {

	/**
	 * The largest value, {@code 2^32 - 1}.
	 */
	public static final long MAX = 0xFFFF_FFFFL;

	private MessageRandom() {
	}

	/**
	 * Return a fresh value between {@code 0} and {@value #MAX}.
	 * @return the value
	 */
	public static long next() {
		return ThreadLocalRandom.current().nextLong(MAX + 1);
	}

}
