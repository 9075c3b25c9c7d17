package io.github.chatadmin.client.api.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.ChatCommand;
import io.github.chatadmin.client.TestTemplates;
import io.github.chatadmin.client.api.TagValue;
import io.github.chatadmin.client.api.WireMockCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests that every profile command refuses bad input before anything is sent, on the
 * typed operations and on {@code execute(ChatCommand, request)}.
 */
class ProfileCheckTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private ChatAdminTemplate template;

	private ProfileOperations profiles;

	@BeforeEach
	void create() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(WireMockCalls.ok(""))));
		this.template = TestTemplates.builder("http://127.0.0.1:" + wireMock.getPort()).build();
		this.profiles = new DefaultProfileOperations(this.template, 4);
	}

	@AfterEach
	void close() {
		this.template.close();
		wireMock.verify(0, postRequestedFor(anyUrl()));
	}

	static Stream<Arguments> badRequests() {
		List<String> users = IntStream.range(0, 101).mapToObj((i) -> "u" + i).toList();
		return Stream.of(bad(ProfileCommands.SET, SetProfileRequest.builder("").nick("n").build(), "'From_Account'"),
				bad(ProfileCommands.SET, SetProfileRequest.builder("id").build(), "'ProfileItem'"),
				bad(ProfileCommands.SET, SetProfileRequest.builder("id").nick("n".repeat(501)).build(),
						"'ProfileItem[0].Value' is 501 bytes"),
				bad(ProfileCommands.SET, SetProfileRequest.builder("id").nick("n").location("l".repeat(17)).build(),
						"'ProfileItem[1].Value' is 17 bytes"),
				bad(ProfileCommands.SET, SetProfileRequest.builder("id").level(4294967296L).build(),
						"'ProfileItem[0].Value'"),
				bad(ProfileCommands.SET, SetProfileRequest.builder("id").language(-1).build(),
						"'ProfileItem[0].Value'"),
				bad(ProfileCommands.SET,
						SetProfileRequest.builder("id").item(TagValue.of("Tag_Profile_Custom_Test", 1)).build(),
						"must be a string"),
				bad(ProfileCommands.SET,
						SetProfileRequest.builder("id").item(TagValue.of("Tag_Profile_Custom_TooLongKey", "x")).build(),
						"'ProfileItem[0].Tag'"),
				bad(ProfileCommands.SET,
						SetProfileRequest.builder("id").item(TagValue.of(ProfileTag.GENDER, "Male")).build(),
						"not a gender"),
				bad(ProfileCommands.SET,
						SetProfileRequest.builder("id").item(TagValue.of(ProfileTag.ALLOW_TYPE, "any")).build(),
						"not an allow type"),
				bad(ProfileCommands.SET,
						SetProfileRequest.builder("id").item(TagValue.of(ProfileTag.BIRTHDAY, "20190419")).build(),
						"must be a number"),
				bad(ProfileCommands.GET, new GetProfileRequest(users, List.of(ProfileTag.NICK)), "at most 100"),
				bad(ProfileCommands.GET, new GetProfileRequest(List.of(), List.of(ProfileTag.NICK)), "'To_Account'"),
				bad(ProfileCommands.GET, new GetProfileRequest(List.of("x".repeat(33)), List.of(ProfileTag.NICK)),
						"'To_Account[0]'"),
				bad(ProfileCommands.GET, new GetProfileRequest(List.of("id"), List.of()), "'TagList'"));
	}

	private static <Q> Arguments bad(ChatCommand<Q, ?> command, Q request, String message) {
		return Arguments.of(command, request, message);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("badRequests")
	<Q> void executeShouldRefuseBadInputBeforeSending(ChatCommand<Q, ?> command, Q request, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute(command, request).block(Duration.ofSeconds(10)))
			.withMessageContaining(message);
	}

	@Test
	void operationsShouldRefuseBadInputBeforeSendingAnyPart() {
		List<Supplier<Mono<?>>> calls = new ArrayList<>();
		calls.add(() -> this.profiles.set(SetProfileRequest.builder("id").image("i".repeat(501)).build()));
		List<String> users = new ArrayList<>(IntStream.range(0, 250).mapToObj((i) -> "u" + i).toList());
		users.set(240, "");
		calls.add(() -> this.profiles.get(users, List.of(ProfileTag.NICK)));
		calls.add(() -> this.profiles.get(List.of(), List.of(ProfileTag.NICK)));
		calls.add(() -> this.profiles.get(List.of("id"), List.of("")));
		calls.add(() -> this.profiles.get("", List.of(ProfileTag.NICK)));
		for (int i = 0; i < calls.size(); i++) {
			Supplier<Mono<?>> call = calls.get(i);
			assertThatIllegalArgumentException().as("call %d", i)
				.isThrownBy(() -> call.get().block(Duration.ofSeconds(10)));
		}
	}

}
