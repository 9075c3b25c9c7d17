package io.github.chatadmin.autoconfigure;

/**
 * Raised at startup when a {@code tencent.chat.*} property is missing or invalid.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminConfigurationException extends IllegalStateException {

	private final String property;

	private final String action;

	/**
	 * Create a new instance.
	 * @param property the full name of the property, for example
	 * {@code tencent.chat.sdk-app-id}
	 * @param problem what is wrong with it
	 * @param action what the user should do
	 */
	public ChatAdminConfigurationException(String property, String problem, String action) {
		super("Invalid Tencent Chat configuration: '" + property + "' " + problem);
		this.property = property;
		this.action = action;
	}

	/**
	 * Return the full name of the property at fault.
	 * @return the property
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return what the user should do.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
