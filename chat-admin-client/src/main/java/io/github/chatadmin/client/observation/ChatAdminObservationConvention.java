package io.github.chatadmin.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for the calls of the chat admin client; define a bean of
 * this type to replace {@link DefaultChatAdminObservationConvention}.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public interface ChatAdminObservationConvention extends ObservationConvention<ChatAdminObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ChatAdminObservationContext;
	}

}
