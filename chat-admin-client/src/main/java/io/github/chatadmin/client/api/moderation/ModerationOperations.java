package io.github.chatadmin.client.api.moderation;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Moderation operations: the content moderation of {@link ContentModerationOperations}
 * and the app-wide mute of a user ({@code openconfigsvr/setnospeaking},
 * {@code getnospeaking}). A globally muted user's one-to-one sends fail with 20012 and
 * its group sends with 10017, without the "before send" webhooks.
 *
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34923">setnospeaking</a>
 */
public interface ModerationOperations extends ContentModerationOperations {

	/**
	 * Set a user's app-wide mute ({@code openconfigsvr/setnospeaking}, 200 calls/s).
	 * @param request the user and the mute times, in seconds
	 * @return completes once set
	 * @see <a href="https://trtc.io/document/34923">setnospeaking</a>
	 */
	Mono<Void> setGlobalMute(SetGlobalMuteRequest request);

	/**
	 * Set a user's app-wide mute ({@code openconfigsvr/setnospeaking}): seconds,
	 * {@code 0} unmutes, {@link SetGlobalMuteRequest#FOREVER} (4294967295) never ends.
	 * @param userId the user
	 * @param c2cSeconds the one-to-one mute, or {@code null} to leave it
	 * @param groupSeconds the group mute, or {@code null} to leave it
	 * @return completes once set
	 * @see <a href="https://trtc.io/document/34923">setnospeaking</a>
	 */
	default Mono<Void> setGlobalMute(String userId, @Nullable Long c2cSeconds, @Nullable Long groupSeconds) {
		return setGlobalMute(new SetGlobalMuteRequest(userId, c2cSeconds, groupSeconds));
	}

	/**
	 * Read a user's app-wide mute ({@code openconfigsvr/getnospeaking}).
	 * @param userId the user
	 * @return the mute times
	 * @see <a href="https://trtc.io/document/34924">getnospeaking</a>
	 */
	Mono<GlobalMuteResponse> globalMute(String userId);

}
