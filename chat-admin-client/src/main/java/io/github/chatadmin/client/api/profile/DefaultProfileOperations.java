package io.github.chatadmin.client.api.profile;

import java.util.List;
import java.util.Map;

import io.github.chatadmin.client.ChatAdminOperations;
import io.github.chatadmin.client.ChatAdminResponseException;
import io.github.chatadmin.client.api.BatchCalls;
import reactor.core.publisher.Mono;

/**
 * Default {@link ProfileOperations}, on top of
 * {@link ChatAdminOperations#execute(io.github.chatadmin.client.ChatCommand, Object)}.
 *
 * @author chat-admin
 */
public class DefaultProfileOperations implements ProfileOperations {

	private final ChatAdminOperations operations;

	private final int concurrency;

	/**
	 * Create the operations.
	 * @param operations the template the calls go through
	 * @param concurrency how many calls a split list keeps in flight
	 */
	public DefaultProfileOperations(ChatAdminOperations operations, int concurrency) {
		this.operations = operations;
		this.concurrency = concurrency;
	}

	@Override
	public Mono<Void> set(SetProfileRequest request) {
		return this.operations.execute(ProfileCommands.SET, request).then();
	}

	@Override
	public Mono<GetProfileResponse> get(List<String> userIds, List<String> tags) {
		return Mono.defer(() -> {
			BatchCalls.checkUserIds(userIds, "To_Account");
			if (userIds.isEmpty()) {
				throw new IllegalArgumentException("'To_Account' must not be empty");
			}
			ProfileCommands.checkTags(tags);
			List<String> tagList = List.copyOf(tags);
			return BatchCalls.merged(userIds, ProfileCommands.GET.batchLimit(), this.concurrency,
					(chunk) -> this.operations.execute(ProfileCommands.GET, new GetProfileRequest(chunk, tagList)),
					(chunk, ex) -> new GetProfileResponse(chunk.stream()
						.map((id) -> new GetProfileResponse.UserProfile(id, null, BatchCalls.resultCodeOf(ex),
								"call failed: " + ex.getMessage()))
						.toList(), chunk, Map.of()),
					(responses) -> {
						List<GetProfileResponse.UserProfile> profiles = responses.stream()
							.flatMap((response) -> response.profiles().stream())
							.toList();
						List<String> failed = profiles.stream()
							.filter((profile) -> profile.resultCode() != 0)
							.map(GetProfileResponse.UserProfile::toAccount)
							.toList();
						return new GetProfileResponse(profiles, failed.isEmpty() ? null : failed, Map.of());
					});
		});
	}

	@Override
	public Mono<Profile> get(String userId, List<String> tags) {
		return Mono.defer(() -> {
			BatchCalls.checkUserId(userId, "To_Account");
			return get(List.of(userId), tags).flatMap((response) -> {
				for (GetProfileResponse.UserProfile profile : response.profiles()) {
					if (userId.equals(profile.toAccount())) {
						if (profile.resultCode() != 0) {
							return Mono.error(ChatAdminResponseException.create(ProfileCommands.GET.service(),
									ProfileCommands.GET.command(), 1, profile.resultCode(),
									(profile.resultInfo() != null) ? profile.resultInfo() : ""));
						}
						return Mono.just(profile.profile());
					}
				}
				return Mono.just(new Profile(List.of()));
			});
		});
	}

}
