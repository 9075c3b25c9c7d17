package io.github.chatadmin.sample;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests that the sample never falls back to the emulator silently: without credentials
 * and without the {@code emulator} profile it fails at startup, naming the property.
 */
class SampleWithoutCredentialsTests {

	@Test
	void shouldFailAtStartupNamingTheSdkAppIdProperty() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE)
				.properties("tencent.chat.sdk-app-id=", "tencent.chat.secret-key=", "spring.main.banner-mode=off")
				.run()
				.close())
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex)
				.rootCause()
				.hasMessageContaining("tencent.chat.sdk-app-id"));
	}

}
