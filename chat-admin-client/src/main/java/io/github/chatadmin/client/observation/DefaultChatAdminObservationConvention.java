package io.github.chatadmin.client.observation;

import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;
import io.github.chatadmin.client.observation.ChatAdminObservationDocumentation.HighCardinalityKeyNames;
import io.github.chatadmin.client.observation.ChatAdminObservationDocumentation.LowCardinalityKeyNames;
import io.github.chatadmin.client.ChatCommandCatalog;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Default {@link ChatAdminObservationConvention}: the observation
 * {@value #OBSERVATION_NAME} with the tags {@code service}, {@code command},
 * {@code outcome} and {@code code} on every call.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class DefaultChatAdminObservationConvention implements ChatAdminObservationConvention {

	/**
	 * Name of the observation, and so of the timer.
	 */
	public static final String OBSERVATION_NAME = "tencent.chat.requests";

	private static final KeyValue CODE_NONE = KeyValue.of(LowCardinalityKeyNames.CODE, "none");

	private static final KeyValue OUTCOME_UNKNOWN = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "UNKNOWN");

	@Override
	public String getName() {
		return OBSERVATION_NAME;
	}

	@Override
	public String getContextualName(ChatAdminObservationContext context) {
		return "tencent.chat " + (context.isKnownCommand() ? context.getCommand() : ChatCommandCatalog.OTHER);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ChatAdminObservationContext context) {
		return KeyValues.of(service(context), command(context), outcome(context), code(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ChatAdminObservationContext context) {
		KeyValues values = KeyValues.of(attempts(context));
		Long random = context.getRandom();
		return (random != null) ? values.and(HighCardinalityKeyNames.RANDOM.withValue(Long.toString(random))) : values;
	}

	protected KeyValue service(AbstractChatAdminObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.SERVICE,
				context.isKnownCommand() ? context.getService() : ChatCommandCatalog.OTHER);
	}

	protected KeyValue command(AbstractChatAdminObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.COMMAND,
				context.isKnownCommand() ? context.getCommand() : ChatCommandCatalog.OTHER);
	}

	protected KeyValue outcome(AbstractChatAdminObservationContext context) {
		Outcome outcome = context.getOutcome();
		return (outcome != null) ? KeyValue.of(LowCardinalityKeyNames.OUTCOME, outcome.name()) : OUTCOME_UNKNOWN;
	}

	protected KeyValue code(AbstractChatAdminObservationContext context) {
		Integer errorCode = context.getErrorCode();
		return (errorCode != null) ? KeyValue.of(LowCardinalityKeyNames.CODE, Integer.toString(errorCode)) : CODE_NONE;
	}

	protected KeyValue attempts(ChatAdminObservationContext context) {
		return KeyValue.of(HighCardinalityKeyNames.ATTEMPTS, Integer.toString(context.getAttempts()));
	}

}
