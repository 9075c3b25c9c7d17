package io.github.chatadmin.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for the HTTP attempts of the chat admin client; define a
 * bean of this type to replace {@link DefaultChatAdminAttemptObservationConvention}.
 *
 * @author chat-admin
 */
public interface ChatAdminAttemptObservationConvention
		extends ObservationConvention<ChatAdminAttemptObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ChatAdminAttemptObservationContext;
	}

}
