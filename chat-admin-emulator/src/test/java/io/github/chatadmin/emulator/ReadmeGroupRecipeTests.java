package io.github.chatadmin.emulator;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import io.github.chatadmin.client.ChatAdminTemplate;
import io.github.chatadmin.client.api.community.CreateTopicRequest;
import io.github.chatadmin.client.api.group.CreateGroupRequest;
import io.github.chatadmin.client.api.group.GroupMember;
import io.github.chatadmin.client.api.group.GroupType;
import io.github.chatadmin.client.api.group.MemberResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's community recipe, as written there, on the emulator.
 */
class ReadmeGroupRecipeTests {

	@Test
	void communityRecipeShouldRun() {
		try (ChatAdminEmulator emulator = ChatAdminEmulator.builder().build().start();
				ChatAdminTemplate chat = ChatAdminTemplate.builder()
					.sdkAppId(emulator.getSdkAppId())
					.secretKey(emulator.getSecretKey())
					.endpoint(URI.create(emulator.baseUrl()))
					.backoff(Duration.ofMillis(1), Duration.ofMillis(2))
					.build()) {
			List<String> userIds = IntStream.range(0, 420).mapToObj((i) -> "fan" + i).toList();
			chat.accounts().importAccounts(List.of("alice")).block();
			chat.accounts().importAccounts(userIds).block();

			// the recipe, from here to the assertions
			String community = chat.groups()
				.create(CreateGroupRequest.builder(GroupType.COMMUNITY, "fans")
					.ownerAccount("alice")
					.supportTopic(1)
					.build())
				.block()
				.groupId();
			String topic = chat.communities()
				.createTopic(CreateTopicRequest.builder(community, "news").fromAccount("alice").build())
				.block()
				.topicId();
			List<MemberResult> added = chat.groups().addMembers(community, userIds).block().results();
			List<String> members = chat.groups()
				.members(community)
				.map(GroupMember::memberAccount)
				.collectList()
				.block();

			assertThat(community).startsWith("@TGS#_");
			assertThat(topic).startsWith(community);
			assertThat(added).extracting(MemberResult::memberAccount).containsExactlyElementsOf(userIds);
			assertThat(members).hasSize(421).containsAll(userIds);
		}
	}

}
