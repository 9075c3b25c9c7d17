package io.github.chatadmin.client.api.ops;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code openconfigsvr/getappinfo}.
 *
 * @param requestField the statistics to return, by the vendor's field names, or
 * {@code null} for all ({@code RequestField})
 * @author chat-admin
 */
public record AppInfoRequest(@JsonProperty("RequestField") @Nullable List<String> requestField) {

	/**
	 * Return a request for every statistic.
	 * @return the request
	 */
	public static AppInfoRequest all() {
		return new AppInfoRequest(null);
	}

	/**
	 * Return a request for some statistics.
	 * @param fields the vendor's field names, for example {@code ChainIncrease}
	 * @return the request
	 */
	public static AppInfoRequest of(String... fields) {
		return new AppInfoRequest(List.of(fields));
	}

}
