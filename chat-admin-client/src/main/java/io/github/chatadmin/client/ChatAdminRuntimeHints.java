package io.github.chatadmin.client;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.chatadmin.client.api.account.AccountCommands;
import io.github.chatadmin.client.api.groupmessage.GroupMessageCommands;
import io.github.chatadmin.client.api.message.MessageCommands;
import io.github.chatadmin.client.api.message.MessageElement;
import io.github.chatadmin.client.callback.CallbackEvent;
import io.github.chatadmin.client.callback.CallbackReply;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * Registers for AOT and native images the reflection Jackson needs to bind every request,
 * response and message type of the typed operations, derived from the {@link ChatCommand}
 * declarations, so that a new command is covered without touching this class.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class ChatAdminRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * The classes that declare the typed commands, one per area.
	 */
	static final List<Class<?>> COMMAND_CLASSES = List.of(AccountCommands.class, MessageCommands.class,
			GroupMessageCommands.class, io.github.chatadmin.client.api.group.GroupCommands.class,
			io.github.chatadmin.client.api.community.CommunityCommands.class,
			io.github.chatadmin.client.api.profile.ProfileCommands.class,
			io.github.chatadmin.client.api.relation.RelationCommands.class,
			io.github.chatadmin.client.api.push.PushCommands.class,
			io.github.chatadmin.client.api.officialaccount.OfficialAccountCommands.class,
			io.github.chatadmin.client.api.bot.BotCommands.class,
			io.github.chatadmin.client.api.moderation.ContentModerationCommands.class,
			io.github.chatadmin.client.api.moderation.GlobalMuteCommands.class,
			io.github.chatadmin.client.api.conversation.ConversationCommands.class,
			io.github.chatadmin.client.api.ops.AppCommands.class);

	private static final String ELEMENT_JSON = "io.github.chatadmin.client.api.message.MessageElementJson$";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();
		bindings.registerReflectionHints(hints.reflection(), boundTypes().toArray(Class<?>[]::new));
		for (Class<?> element : MessageElement.class.getPermittedSubclasses()) {
			hints.reflection()
				.registerType(element, MemberCategory.ACCESS_DECLARED_FIELDS, MemberCategory.INVOKE_PUBLIC_METHODS,
						MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
		}
		for (String codec : List.of("Writer", "Reader")) {
			hints.reflection()
				.registerType(TypeReference.of(ELEMENT_JSON + codec), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		}
	}

	/**
	 * Return every type Jackson binds: the request and response types of every declared
	 * command, every message element type, and every callback event and the callback
	 * reply.
	 * @return the types
	 */
	static Set<Class<?>> boundTypes() {
		Set<Class<?>> types = new LinkedHashSet<>();
		for (ChatCommand<?, ?> command : declaredCommands()) {
			types.add(command.requestType());
			types.add(command.responseType());
		}
		types.add(ChatResponse.class);
		types.addAll(List.of(MessageElement.class.getPermittedSubclasses()));
		types.addAll(List.of(CallbackEvent.class.getPermittedSubclasses()));
		types.add(CallbackReply.class);
		return types;
	}

	/**
	 * Return every command declared as a {@code public static final ChatCommand} of the
	 * {@link #COMMAND_CLASSES}.
	 * @return the commands
	 */
	static List<ChatCommand<?, ?>> declaredCommands() {
		List<ChatCommand<?, ?>> commands = new ArrayList<>();
		for (Class<?> type : COMMAND_CLASSES) {
			for (Field field : type.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && ChatCommand.class.isAssignableFrom(field.getType())) {
					try {
						commands.add((ChatCommand<?, ?>) field.get(null));
					}
					catch (IllegalAccessException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
		}
		return commands;
	}

}
