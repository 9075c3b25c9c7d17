package io.github.chatadmin.autoconfigure;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata the build generates from
 * {@link ChatAdminProperties} and the additional metadata: IDE help for every property,
 * group and quota key.
 */
class ConfigurationMetadataTests {

	private static JsonNode metadata() throws Exception {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).isNotNull();
			return JsonMapper.builder().build().readTree(in);
		}
	}

	@Test
	void everyGroupShouldHaveADescription() throws Exception {
		for (JsonNode group : metadata().get("groups")) {
			if (!group.get("name").stringValue().equals("tencent.chat")) {
				assertThat(group.path("description").asString("")).as(group.get("name").stringValue()).isNotBlank();
			}
		}
	}

	@Test
	void everyPropertyShouldHaveADescription() throws Exception {
		for (JsonNode property : metadata().get("properties")) {
			assertThat(property.path("description").asString("")).as(property.get("name").stringValue()).isNotBlank();
		}
	}

	@Test
	void quotaKeysShouldBeHintedWithTheVendorsCommands() throws Exception {
		JsonNode hint = null;
		for (JsonNode candidate : metadata().get("hints")) {
			if (candidate.get("name").stringValue().equals("tencent.chat.limiter.quotas.keys")) {
				hint = candidate;
			}
		}
		assertThat(hint).isNotNull();
		assertThat(hint.get("values").valueStream().map((value) -> value.get("value").stringValue()))
			.contains("openim/sendmsg", "timpush/push")
			.hasSizeGreaterThan(170);
	}

	@Test
	void autoConfigurationMetadataShouldBeGeneratedForFastStartup() throws Exception {
		java.util.Properties properties = new java.util.Properties();
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-autoconfigure-metadata.properties")) {
			assertThat(in).isNotNull();
			properties.load(in);
		}
		assertThat(properties)
			.containsKey("io.github.chatadmin.autoconfigure.ChatAdminAutoConfiguration.ConditionalOnClass")
			.containsKey("io.github.chatadmin.autoconfigure.ChatAdminHealthAutoConfiguration.AutoConfigureAfter");
	}

}
