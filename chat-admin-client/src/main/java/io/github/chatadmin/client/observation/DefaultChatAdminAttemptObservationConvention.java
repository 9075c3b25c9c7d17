package io.github.chatadmin.client.observation;

import io.github.chatadmin.client.ChatCommandCatalog;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import io.github.chatadmin.client.observation.ChatAdminObservationDocumentation.AttemptHighCardinalityKeyNames;
import io.github.chatadmin.client.observation.ChatAdminObservationDocumentation.AttemptLowCardinalityKeyNames;

/**
 * Default {@link ChatAdminAttemptObservationConvention}: the observation
 * {@value #OBSERVATION_NAME} with the tags {@code service}, {@code command},
 * {@code outcome}, {@code code} and {@code endpoint} ({@code primary} or {@code backup})
 * on every attempt, and the attempt's number and {@code random} on its span. This class
 * builds the key values of each (command, outcome, code, endpoint) once and reuses them.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class DefaultChatAdminAttemptObservationConvention implements ChatAdminAttemptObservationConvention {

	/**
	 * Name of the observation, and so of the timer.
	 */
	public static final String OBSERVATION_NAME = "tencent.chat.requests.attempts";

	private static final DefaultChatAdminObservationConvention CALL = new DefaultChatAdminObservationConvention();

	private static final KeyValue PRIMARY = KeyValue.of(AttemptLowCardinalityKeyNames.ENDPOINT, "primary");

	private static final KeyValue BACKUP = KeyValue.of(AttemptLowCardinalityKeyNames.ENDPOINT, "backup");

	private final @Nullable LowCardinalityCache cache = (getClass() == DefaultChatAdminAttemptObservationConvention.class)
			? new LowCardinalityCache(" attempt", PRIMARY, BACKUP) : null;

	@Override
	public String getName() {
		return OBSERVATION_NAME;
	}

	@Override
	public String getContextualName(ChatAdminAttemptObservationContext context) {
		if (this.cache != null) {
			return this.cache.contextualName(context);
		}
		return "tencent.chat " + (context.isKnownCommand() ? context.getCommand() : ChatCommandCatalog.OTHER)
				+ " attempt";
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ChatAdminAttemptObservationContext context) {
		if (this.cache != null) {
			return this.cache.keyValues(context, context.isBackup() ? 1 : 0);
		}
		return KeyValues.of(CALL.service(context), CALL.command(context), CALL.outcome(context), CALL.code(context),
				context.isBackup() ? BACKUP : PRIMARY);
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ChatAdminAttemptObservationContext context) {
		return KeyValues.of(KeyValue.of(AttemptHighCardinalityKeyNames.ATTEMPT, Integer.toString(context.getAttempt())),
				KeyValue.of(AttemptHighCardinalityKeyNames.RANDOM, Long.toString(context.getRandom())));
	}

}
