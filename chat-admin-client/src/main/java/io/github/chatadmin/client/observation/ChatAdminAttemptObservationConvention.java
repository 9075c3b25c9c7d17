package io.github.chatadmin.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for the HTTP attempts of the chat admin client; define a
 * bean of this type to replace {@link DefaultChatAdminAttemptObservationConvention}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public interface ChatAdminAttemptObservationConvention
		extends ObservationConvention<ChatAdminAttemptObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ChatAdminAttemptObservationContext;
	}

}
