package io.github.chatadmin.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.transport.ChatAdminRequestFilter;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that neither the secret key nor the UserSig appears in logs at TRACE level,
 * exception messages, meter tags or observation key values.
 */
class SecretHygieneTests {

	private static final String[] LOGGERS = { "io.github.chatadmin", "reactor.netty",
			"org.springframework.web.reactive", "io.netty" };

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final List<String> logLines = new CopyOnWriteArrayList<>();

	private final List<String> keyValues = new CopyOnWriteArrayList<>();

	private final List<Level> previousLevels = new ArrayList<>();

	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {

		@Override
		protected void append(ILoggingEvent event) {
			String line = event.getFormattedMessage();
			if (event.getThrowableProxy() != null) {
				line += " " + ThrowableProxyUtil.asString(event.getThrowableProxy());
			}
			SecretHygieneTests.this.logLines.add(line);
		}

	};

	@BeforeEach
	void captureLogs() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		this.appender.setContext(context);
		this.appender.start();
		for (String name : LOGGERS) {
			Logger logger = context.getLogger(name);
			this.previousLevels.add(logger.getLevel());
			logger.setLevel(Level.TRACE);
			logger.setAdditive(false);
			logger.addAppender(this.appender);
		}
	}

	@AfterEach
	void restoreLogs() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		for (int i = 0; i < LOGGERS.length; i++) {
			Logger logger = context.getLogger(LOGGERS[i]);
			logger.detachAppender(this.appender);
			logger.setAdditive(true);
			logger.setLevel(this.previousLevels.get(i));
		}
		this.appender.stop();
	}

	@Test
	void shouldNotRevealSecretOrUserSigAnywhere() {
		MeterRegistry meterRegistry = new SimpleMeterRegistry();
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(meterRegistry))
			.observationHandler(new KeyValueRecorder());
		wireMock.stubFor(post(urlPathEqualTo("/v4/openim/ok")).willReturn(okJson(ChatAdminTemplateTests.OK)));
		wireMock.stubFor(post(urlPathEqualTo("/v4/openim/fail"))
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70001,\"ErrorInfo\":\"usersig expired\"}")));
		wireMock.stubFor(post(urlPathEqualTo("/v4/openim/throttled"))
			.willReturn(okJson("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":60007,\"ErrorInfo\":\"limit\"}")));
		wireMock.stubFor(post(urlPathEqualTo("/v4/openim/gateway")).willReturn(aResponse().withStatus(502)
			.withBody("bad gateway for {{request.url}}")
			.withTransformers("response-template")));
		wireMock.stubFor(post(urlPathEqualTo("/v4/openim/echo"))
			.willReturn(aResponse().withStatus(200).withBody("{{request.url}}").withTransformers("response-template")));
		List<String> messages = new ArrayList<>();
		try (ChatAdminTemplate template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort())
			.maxAttempts(2)
			.observationRegistry(observationRegistry)
			.webClientBuilder(WebClient.builder().observationRegistry(observationRegistry))
			.build()) {
			for (String command : List.of("ok", "fail", "throttled", "gateway", "echo")) {
				try {
					template.execute("openim", command, Map.of("To_Account", "bob")).block();
				}
				catch (ChatAdminException ex) {
					messages.add(ex.getMessage());
					messages.add(ex.toString());
				}
			}
			messages.add(template.toString());
		}
		String userSig = wireMock.getAllServeEvents().get(0).getRequest().queryParameter("usersig").firstValue();
		assertThat(userSig).hasSizeGreaterThan(20);
		assertThat(messages).hasSize(9);
		assertThat(this.logLines).anyMatch((line) -> line.contains("usersig=" + ChatAdminRequestFilter.MASKED_USERSIG));
		assertThat(this.keyValues).anyMatch((value) -> value.contains("http.url"));
		List<String> tags = new ArrayList<>();
		for (Meter meter : meterRegistry.getMeters()) {
			for (Tag tag : meter.getId().getTags()) {
				tags.add(tag.getKey() + "=" + tag.getValue());
			}
		}
		assertThat(tags).contains("outcome=SUCCESS", "code=70001");
		for (List<String> haystack : List.of(this.logLines, messages, tags, this.keyValues)) {
			assertThat(haystack).noneMatch((line) -> line.contains(userSig))
				.noneMatch((line) -> line.contains(ChatAdminTemplateTests.SECRET_KEY));
		}
	}

	class KeyValueRecorder implements ObservationHandler<Observation.Context> {

		@Override
		public void onStop(Observation.Context context) {
			for (KeyValue keyValue : context.getAllKeyValues()) {
				SecretHygieneTests.this.keyValues.add(keyValue.getKey() + "=" + keyValue.getValue());
			}
			SecretHygieneTests.this.keyValues.add("contextual=" + context.getContextualName());
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

}
