package io.github.chatadmin.client.observation;

import io.micrometer.observation.Observation;
import io.github.chatadmin.client.ChatCommandCatalog;
import org.jspecify.annotations.Nullable;

import io.github.chatadmin.client.observation.ChatAdminObservationContext.Outcome;

/**
 * Base of the observation contexts of the chat admin client: the command, and the
 * {@code ErrorCode} and outcome once known.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public abstract class AbstractChatAdminObservationContext extends Observation.Context {

	private final String service;

	private final String command;

	private volatile boolean knownCommand;

	private volatile @Nullable Integer errorCode;

	private volatile @Nullable Outcome outcome;

	/**
	 * Create a context.
	 * @param service the servicename
	 * @param command the command
	 */
	protected AbstractChatAdminObservationContext(String service, String command) {
		this.service = service;
		this.command = command;
		this.knownCommand = ChatCommandCatalog.isKnown(service, command);
	}

	/**
	 * Return whether the command is one the client keeps its own meters for: a command of
	 * the catalog or one given a quota. Conventions tag other commands
	 * {@value ChatCommandCatalog#OTHER}, so that arbitrary names cannot grow the number
	 * of meters without bound.
	 * @return whether the command is known
	 */
	public boolean isKnownCommand() {
		return this.knownCommand;
	}

	/**
	 * Set whether the command is one the client keeps its own meters for.
	 * @param knownCommand whether the command is known
	 */
	public void setKnownCommand(boolean knownCommand) {
		this.knownCommand = knownCommand;
	}

	/**
	 * Return the servicename.
	 * @return the servicename
	 */
	public String getService() {
		return this.service;
	}

	/**
	 * Return the command.
	 * @return the command
	 */
	public String getCommand() {
		return this.command;
	}

	/**
	 * Return the {@code ErrorCode} of the last envelope received.
	 * @return the code, or {@code null} when no envelope came back
	 */
	public @Nullable Integer getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Set the {@code ErrorCode} of the last envelope received.
	 * @param errorCode the code
	 */
	public void setErrorCode(@Nullable Integer errorCode) {
		this.errorCode = errorCode;
	}

	/**
	 * Return the outcome.
	 * @return the outcome, or {@code null} while in flight
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Set the outcome.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

}
