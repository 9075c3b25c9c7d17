package io.github.chatadmin.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link ChatAdminConfigurationException} at startup, naming the
 * {@code tencent.chat.*} property to set.
 *
 * @author chat-admin
 */
class ChatAdminConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ChatAdminConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ChatAdminConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
