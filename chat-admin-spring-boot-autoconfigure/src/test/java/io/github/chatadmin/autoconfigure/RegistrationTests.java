package io.github.chatadmin.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the auto-configuration and the failure analyzer are registered where Spring
 * Boot looks for them.
 */
class RegistrationTests {

	@Test
	void autoConfigurationShouldBeListedInImports() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
			.contains(ChatAdminAutoConfiguration.class.getName());
	}

	@Test
	void failureAnalyzerShouldBeRegistered() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
			.load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {
			}))).hasAtLeastOneElementOfType(ChatAdminConfigurationFailureAnalyzer.class);
	}

}
