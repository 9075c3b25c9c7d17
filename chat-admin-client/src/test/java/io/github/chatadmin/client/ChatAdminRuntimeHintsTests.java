package io.github.chatadmin.client;

import java.util.List;

import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.api.message.ReceivedMessage;
import io.github.chatadmin.client.callback.CallbackEvent;
import io.github.chatadmin.client.callback.CallbackReply;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChatAdminRuntimeHints}.
 */
class ChatAdminRuntimeHintsTests {

	@Test
	void everyCommandsClassShouldBeListedSoThatItsTypesGetHints() throws Exception {
		assertThat(ChatAdminRuntimeHints.declaredCommands())
			.containsExactlyInAnyOrderElementsOf(ChatCommandCatalogTests.declaredCommands());
	}

	@Test
	void everyBoundTypeShouldHaveReflectionHints() {
		RuntimeHints hints = new RuntimeHints();
		new ChatAdminRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(ChatAdminRuntimeHints.boundTypes()).hasSizeGreaterThan(40)
			.contains(MessageElement.Text.class)
			.allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection().onType(type)).accepts(hints));
		for (ChatCommand<?, ?> command : ChatAdminRuntimeHints.declaredCommands()) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(command.responseType())
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as("%s", command.path())
				.accepts(hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onType(ReceivedMessage.class)).as("nested in responses")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(MessageElement.Custom.class)
			.withMemberCategory(MemberCategory.ACCESS_DECLARED_FIELDS)).accepts(hints);
	}

	@Test
	void everyCallbackEventAndItsNestedTypesShouldHaveReflectionHints() {
		RuntimeHints hints = new RuntimeHints();
		new ChatAdminRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(CallbackEvent.class.getPermittedSubclasses()).hasSizeGreaterThan(50)
			.allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as("%s", type.getName())
				.accepts(hints));
		for (Class<?> nested : List.of(CallbackEvent.GroupMsgReceipt.class, CallbackEvent.Member.class,
				CallbackEvent.OfflinePushResult.class, CallbackEvent.Subscriber.class, CallbackReply.class)) {
			assertThat(RuntimeHintsPredicates.reflection().onType(nested)).as("%s", nested.getName()).accepts(hints);
		}
	}

	@Test
	void shouldBeRegisteredInAotFactories() {
		List<org.springframework.aot.hint.RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories")
			.load(org.springframework.aot.hint.RuntimeHintsRegistrar.class);
		assertThat(registrars).hasAtLeastOneElementOfType(ChatAdminRuntimeHints.class);
	}

}
