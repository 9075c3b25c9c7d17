package io.github.chatadmin.autoconfigure;

import io.github.chatadmin.client.ChatAdminTemplate;

/**
 * Callback that customizes the {@link ChatAdminTemplate.Builder} of the auto-configured
 * template; beans of this type are applied in order.
 *
 * @author chat-admin
 * @since 0.1.0
 */
@FunctionalInterface
public interface ChatAdminTemplateCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder to customize
	 */
	void customize(ChatAdminTemplate.Builder builder);

}
