package io.github.chatadmin.client.observation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.github.chatadmin.client.ChatCommandCatalog;
import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The low-cardinality key values of the default conventions, built once per (command,
 * outcome, code, variant) instead of on every start and stop of an observation. Only
 * known commands get entries of their own (all others share the
 * {@value ChatCommandCatalog#OTHER} entry), so the cache stays as small as the set of
 * meters; codes other than {@code 0} and none are cached up to a bound per command.
 *
 * @author chat-admin
 */
final class LowCardinalityCache {

	private static final int OUTCOMES = Outcome.values().length + 1;

	private static final int MAX_CODES = 256;

	private final ConcurrentHashMap<String, ConcurrentHashMap<String, Entry>> byService = new ConcurrentHashMap<>();

	private final Entry other;

	private final String contextualSuffix;

	private final KeyValue[] variants;

	private final Function<String, ConcurrentHashMap<String, Entry>> newService = (
			service) -> new ConcurrentHashMap<>();

	/**
	 * Create a cache.
	 * @param contextualSuffix appended to the contextual name
	 * @param variants the key values of a further dimension, or none
	 */
	LowCardinalityCache(String contextualSuffix, KeyValue... variants) {
		this.contextualSuffix = contextualSuffix;
		this.variants = variants;
		this.other = new Entry(ChatCommandCatalog.OTHER, ChatCommandCatalog.OTHER);
	}

	/**
	 * Return the contextual name of a context's observation.
	 * @param context the context
	 * @return {@code "tencent.chat <command>"} and the suffix
	 */
	String contextualName(AbstractChatAdminObservationContext context) {
		return entry(context).contextualName;
	}

	/**
	 * Return the key values of a context as they are now.
	 * @param context the context
	 * @param variant the index of the further dimension's value, 0 without one
	 * @return the key values
	 */
	KeyValues keyValues(AbstractChatAdminObservationContext context, int variant) {
		Entry entry = entry(context);
		Outcome outcome = context.getOutcome();
		int outcomeIndex = (outcome != null) ? outcome.ordinal() + 1 : 0;
		Integer code = context.getErrorCode();
		if (code == null || code == 0) {
			int index = ((outcomeIndex * Math.max(1, this.variants.length) + variant) << 1) + ((code == null) ? 0 : 1);
			KeyValues values = entry.common[index];
			if (values == null) {
				values = build(entry, outcome, code, variant);
				entry.common[index] = values;
			}
			return values;
		}
		long key = ((long) (outcomeIndex * Math.max(1, this.variants.length) + variant) << 32) | (code & 0xFFFFFFFFL);
		KeyValues values = entry.codes.get(key);
		if (values == null) {
			values = build(entry, outcome, code, variant);
			if (entry.codes.size() < MAX_CODES) {
				entry.codes.putIfAbsent(key, values);
			}
		}
		return values;
	}

	private KeyValues build(Entry entry, @Nullable Outcome outcome, @Nullable Integer code, int variant) {
		KeyValues values = KeyValues
			.of(entry.service, entry.command,
					(outcome != null) ? KeyValue.of(ChatAdminObservationDocumentation.LowCardinalityKeyNames.OUTCOME,
							outcome.name()) : DefaultChatAdminObservationConvention.OUTCOME_UNKNOWN,
					(code != null) ? KeyValue.of(ChatAdminObservationDocumentation.LowCardinalityKeyNames.CODE,
							Integer.toString(code)) : DefaultChatAdminObservationConvention.CODE_NONE);
		return (this.variants.length > 0) ? values.and(this.variants[variant]) : values;
	}

	private Entry entry(AbstractChatAdminObservationContext context) {
		if (!context.isKnownCommand()) {
			return this.other;
		}
		ConcurrentHashMap<String, Entry> commands = this.byService.get(context.getService());
		if (commands == null) {
			commands = this.byService.computeIfAbsent(context.getService(), this.newService);
		}
		Entry entry = commands.get(context.getCommand());
		if (entry == null) {
			entry = commands.computeIfAbsent(context.getCommand(),
					(command) -> new Entry(context.getService(), command));
		}
		return entry;
	}

	private final class Entry {

		private final KeyValue service;

		private final KeyValue command;

		private final String contextualName;

		private final @Nullable KeyValues[] common;

		private final ConcurrentHashMap<Long, KeyValues> codes = new ConcurrentHashMap<>();

		Entry(String service, String command) {
			this.service = KeyValue.of(ChatAdminObservationDocumentation.LowCardinalityKeyNames.SERVICE, service);
			this.command = KeyValue.of(ChatAdminObservationDocumentation.LowCardinalityKeyNames.COMMAND, command);
			this.contextualName = "tencent.chat " + command + LowCardinalityCache.this.contextualSuffix;
			this.common = new KeyValues[OUTCOMES * Math.max(1, LowCardinalityCache.this.variants.length) * 2];
		}

	}

}
