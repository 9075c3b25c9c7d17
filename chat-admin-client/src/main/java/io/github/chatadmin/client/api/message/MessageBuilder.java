package io.github.chatadmin.client.api.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Base of the builders of the send requests, holding the options they share: the body,
 * custom data, offline push, and the vendor's send controls.
 *
 * @param <B> the concrete builder
 * @author chat-admin
 * @since 0.1.0
 */
public abstract class MessageBuilder<B extends MessageBuilder<B>> {

	/**
	 * The message's elements.
	 */
	protected final List<MessageElement> body = new ArrayList<>();

	/**
	 * The sender, or {@code null} for the app admin.
	 */
	protected @Nullable String from;

	/**
	 * The de-duplication value, or {@code null} for a fresh one.
	 */
	protected @Nullable Long msgRandom;

	/**
	 * The custom data.
	 */
	protected @Nullable String cloudCustomData;

	/**
	 * The offline push settings.
	 */
	protected @Nullable OfflinePushInfo offlinePushInfo;

	/**
	 * The callbacks not to call.
	 */
	protected @Nullable List<String> forbidCallbackControl;

	/**
	 * The send controls.
	 */
	protected @Nullable List<String> sendMsgControl;

	/**
	 * Whether the message can carry extensions.
	 */
	protected @Nullable Integer supportMessageExtension;

	/**
	 * Whether the message asks for read receipts.
	 */
	protected @Nullable Integer isNeedReadReceipt;

	/**
	 * Create a builder.
	 */
	protected MessageBuilder() {
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

	/**
	 * Set the sender; without one the app admin sends.
	 * @param from the sender's UserID
	 * @return this builder
	 */
	public B from(@Nullable String from) {
		this.from = from;
		return self();
	}

	/**
	 * Add elements to the body.
	 * @param elements the elements
	 * @return this builder
	 */
	public B body(MessageElement... elements) {
		this.body.addAll(Arrays.asList(elements));
		return self();
	}

	/**
	 * Add elements to the body.
	 * @param elements the elements
	 * @return this builder
	 */
	public B body(List<? extends MessageElement> elements) {
		this.body.addAll(elements);
		return self();
	}

	/**
	 * Add a text element to the body.
	 * @param text the text
	 * @return this builder
	 */
	public B text(String text) {
		return body(MessageElement.text(text));
	}

	/**
	 * Set the de-duplication value; by default a fresh unsigned 32-bit value is used.
	 * @param msgRandom a value between 0 and 4294967295
	 * @return this builder
	 */
	public B msgRandom(long msgRandom) {
		this.msgRandom = msgRandom;
		return self();
	}

	/**
	 * Set the message's custom data ({@code CloudCustomData}).
	 * @param cloudCustomData the data
	 * @return this builder
	 */
	public B cloudCustomData(String cloudCustomData) {
		this.cloudCustomData = cloudCustomData;
		return self();
	}

	/**
	 * Set how the message shows in offline push notifications.
	 * @param offlinePushInfo the settings
	 * @return this builder
	 */
	public B offlinePushInfo(OfflinePushInfo offlinePushInfo) {
		this.offlinePushInfo = offlinePushInfo;
		return self();
	}

	/**
	 * Do not call the app's before-send callback for this message.
	 * @return this builder
	 */
	public B skipBeforeSendCallback() {
		return forbidCallback("ForbidBeforeSendMsgCallback");
	}

	/**
	 * Do not call the app's after-send callback for this message.
	 * @return this builder
	 */
	public B skipAfterSendCallback() {
		return forbidCallback("ForbidAfterSendMsgCallback");
	}

	/**
	 * Add a send control ({@code SendMsgControl}), such as {@code NoUnread},
	 * {@code NoLastMsg} or {@code WithMuteNotifications}.
	 * @param control the control, as the vendor writes it
	 * @return this builder
	 */
	public B sendControl(String control) {
		if (this.sendMsgControl == null) {
			this.sendMsgControl = new ArrayList<>();
		}
		this.sendMsgControl.add(control);
		return self();
	}

	/**
	 * Let the message carry extensions ({@code SupportMessageExtension}).
	 * @return this builder
	 */
	public B supportExtensions() {
		this.supportMessageExtension = 1;
		return self();
	}

	/**
	 * Set whether the message can carry extensions ({@code SupportMessageExtension}
	 * {@code 1} or {@code 0}); left out, the vendor's default is that it cannot.
	 * @param support whether the message can carry extensions
	 * @return this builder
	 */
	public B supportExtensions(boolean support) {
		this.supportMessageExtension = support ? 1 : 0;
		return self();
	}

	/**
	 * Ask receivers for read receipts ({@code IsNeedReadReceipt}).
	 * @return this builder
	 */
	public B needReadReceipt() {
		this.isNeedReadReceipt = 1;
		return self();
	}

	private B forbidCallback(String control) {
		if (this.forbidCallbackControl == null) {
			this.forbidCallbackControl = new ArrayList<>();
		}
		this.forbidCallbackControl.add(control);
		return self();
	}

	/**
	 * Return the de-duplication value: the one set, or a fresh one.
	 * @return the value
	 */
	protected long msgRandomOrFresh() {
		return (this.msgRandom != null) ? this.msgRandom : MessageRandom.next();
	}

}
