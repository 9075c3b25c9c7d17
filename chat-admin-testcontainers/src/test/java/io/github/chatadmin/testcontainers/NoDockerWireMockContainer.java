package io.github.chatadmin.testcontainers;

import org.wiremock.integrations.testcontainers.WireMockContainer;

/**
 * A {@link WireMockContainer} that never reaches Docker: starting it only records the
 * call, and its host and mapped port are given, so that the service connection can be
 * tested on machines without a Docker engine.
 */
class NoDockerWireMockContainer extends WireMockContainer {

	private static final int WIREMOCK_PORT = 8080;

	private final String host;

	private final int mappedPort;

	private volatile boolean started;

	NoDockerWireMockContainer(String host, int mappedPort) {
		super("wiremock/wiremock:3.13.2");
		this.host = host;
		this.mappedPort = mappedPort;
	}

	@Override
	public void start() {
		this.started = true;
	}

	@Override
	public void stop() {
		this.started = false;
	}

	@Override
	public String getHost() {
		return this.host;
	}

	@Override
	public Integer getMappedPort(int originalPort) {
		if (originalPort != WIREMOCK_PORT) {
			throw new IllegalArgumentException("Port " + originalPort + " is not exposed, only " + WIREMOCK_PORT);
		}
		return this.mappedPort;
	}

	boolean isStarted() {
		return this.started;
	}

}
