package io.github.chatadmin.client.observation;

import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;
import io.github.chatadmin.client.observation.ChatAdminObservationDocumentation.HighCardinalityKeyNames;
import io.github.chatadmin.client.observation.ChatAdminObservationDocumentation.LowCardinalityKeyNames;
import io.github.chatadmin.client.ChatCommandCatalog;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * Default {@link ChatAdminObservationConvention}: the observation
 * {@value #OBSERVATION_NAME} with the tags {@code service}, {@code command},
 * {@code outcome} and {@code code} on every call. This class builds the key values of
 * each (command, outcome, code) once and reuses them; a subclass gets them from its
 * {@code service}, {@code command}, {@code outcome} and {@code code} methods each time.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class DefaultChatAdminObservationConvention implements ChatAdminObservationConvention {

	/**
	 * Name of the observation, and so of the timer.
	 */
	public static final String OBSERVATION_NAME = "tencent.chat.requests";

	static final KeyValue CODE_NONE = KeyValue.of(LowCardinalityKeyNames.CODE, "none");

	private static final KeyValues[] ATTEMPTS = new KeyValues[16];

	static {
		for (int i = 0; i < ATTEMPTS.length; i++) {
			ATTEMPTS[i] = KeyValues.of(KeyValue.of(HighCardinalityKeyNames.ATTEMPTS, Integer.toString(i)));
		}
	}

	static final KeyValue OUTCOME_UNKNOWN = KeyValue.of(LowCardinalityKeyNames.OUTCOME, "UNKNOWN");

	private final @Nullable LowCardinalityCache cache = (getClass() == DefaultChatAdminObservationConvention.class)
			? new LowCardinalityCache("") : null;

	@Override
	public String getName() {
		return OBSERVATION_NAME;
	}

	@Override
	public String getContextualName(ChatAdminObservationContext context) {
		if (this.cache != null) {
			return this.cache.contextualName(context);
		}
		return "tencent.chat " + (context.isKnownCommand() ? context.getCommand() : ChatCommandCatalog.OTHER);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ChatAdminObservationContext context) {
		if (this.cache != null) {
			return this.cache.keyValues(context, 0);
		}
		return KeyValues.of(service(context), command(context), outcome(context), code(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ChatAdminObservationContext context) {
		int attempts = context.getAttempts();
		KeyValues values = (this.cache != null && attempts >= 0 && attempts < ATTEMPTS.length) ? ATTEMPTS[attempts]
				: KeyValues.of(attempts(context));
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
