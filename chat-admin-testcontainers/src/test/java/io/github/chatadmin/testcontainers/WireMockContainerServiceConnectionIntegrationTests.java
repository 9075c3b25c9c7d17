package io.github.chatadmin.testcontainers;

import io.github.chatadmin.client.ChatAdminTemplate;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.wiremock.integrations.testcontainers.WireMockContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the service connection against a real WireMock container. They need a Docker
 * engine, and are skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class WireMockContainerServiceConnectionIntegrationTests {

	private static final String ACCOUNT_IMPORT = """
			{
			  "request": {
			    "method": "POST",
			    "urlPath": "/v4/im_open_login_svc/account_import",
			    "queryParameters": {
			      "sdkappid": { "equalTo": "1400000042" },
			      "identifier": { "equalTo": "administrator" },
			      "usersig": { "matches": ".+" }
			    }
			  },
			  "response": {
			    "status": 200,
			    "jsonBody": { "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "" }
			  }
			}
			""";

	@Container
	@ServiceConnection
	static WireMockContainer wireMock = new WireMockContainer("wiremock/wiremock:3.13.2")
		.withMapping("account-import", ACCOUNT_IMPORT)
		.withEnv("TENCENT_CHAT_SDK_APP_ID", "1400000042");

	@Autowired
	ChatAdminTemplate template;

	@Test
	void shouldSendCallsToTheContainerWithTheIdentityFromItsEnvironment() {
		assertThat(this.template.getEndpoint()).isEqualTo(wireMock.getBaseUrl());
		assertThat(this.template.getSdkAppId()).isEqualTo(1400000042L);
		this.template.accounts().importAccount("alice").block();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
