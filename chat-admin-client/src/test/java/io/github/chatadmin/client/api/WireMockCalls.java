package io.github.chatadmin.client.api;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.chatadmin.client.GoldenFixtures;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Answers and request bodies for the operations tests that run over WireMock.
 */
public final class WireMockCalls {

	private WireMockCalls() {
	}

	/**
	 * Return a success envelope with the given fields.
	 * @param fields JSON fields without braces, may be empty
	 * @return the answer
	 */
	public static String ok(String fields) {
		return "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"" + (fields.isEmpty() ? "" : ",") + fields
				+ "}";
	}

	/**
	 * Return a failure envelope.
	 * @param code the error code
	 * @return the answer
	 */
	public static String fail(int code) {
		return "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + code + ",\"ErrorInfo\":\"refused\"}";
	}

	/**
	 * Return the bodies of the requests sent to a path, in order.
	 * @param wireMock the server
	 * @param path the path
	 * @return the bodies as trees
	 */
	public static List<JsonNode> bodies(WireMockExtension wireMock, String path) {
		List<JsonNode> bodies = new ArrayList<>();
		for (LoggedRequest request : wireMock.findAll(postRequestedFor(urlPathEqualTo(path)))) {
			bodies.add(GoldenFixtures.mapper().readTree(request.getBodyAsString()));
		}
		return bodies;
	}

}
