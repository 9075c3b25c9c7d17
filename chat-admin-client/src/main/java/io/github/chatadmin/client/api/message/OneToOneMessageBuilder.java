package io.github.chatadmin.client.api.message;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Base of the builders of one-to-one send requests, adding to {@link MessageBuilder} the
 * options only one-to-one sends have: syncing to the sender's devices, the offline
 * lifetime and the sequence number.
 *
 * @param <B> the concrete builder
 * @author chat-admin
 * @since 0.1.0
 */
public abstract class OneToOneMessageBuilder<B extends OneToOneMessageBuilder<B>> extends MessageBuilder<B> {

	/**
	 * {@code 1} to sync the message to the sender's devices, {@code 2} not to.
	 */
	protected @Nullable Integer syncOtherMachine;

	/**
	 * How long the message is kept for offline receivers, in seconds.
	 */
	protected @Nullable Long msgLifeTime;

	/**
	 * The message's sequence number, or {@code null} for the service to fill in.
	 */
	protected @Nullable Long msgSeq;

	/**
	 * Create a builder.
	 */
	protected OneToOneMessageBuilder() {
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

	/**
	 * Set whether the message is synced to the sender's other devices.
	 * @param sync whether to sync ({@code SyncOtherMachine} 1), or not (2)
	 * @return this builder
	 */
	public B syncToSender(boolean sync) {
		this.syncOtherMachine = sync ? 1 : 2;
		return self();
	}

	/**
	 * Set how long the message is kept for an offline receiver.
	 * @param lifeTime at most 7 days; zero delivers it only to online users
	 * @return this builder
	 */
	public B lifeTime(Duration lifeTime) {
		this.msgLifeTime = lifeTime.toSeconds();
		return self();
	}

	/**
	 * Set the message's sequence number, which the service fills in otherwise.
	 * @param msgSeq the sequence number
	 * @return this builder
	 */
	public B msgSeq(long msgSeq) {
		this.msgSeq = msgSeq;
		return self();
	}

}
