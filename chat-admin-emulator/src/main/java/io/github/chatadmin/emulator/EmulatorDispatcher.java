package io.github.chatadmin.emulator;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends each command ({@code service/command}) to the {@link EmulatorArea} that models
 * it, one command at a time: the emulator favours exactness over throughput. Adding an
 * area means writing its handler and listing it here.
 *
 * @author chat-admin
 */
final class EmulatorDispatcher {

	private final AccountHandler accounts;

	private final BlocklistHandler blocklist;

	private final FriendHandler friends;

	private final GroupHandler groups;

	private final List<EmulatorArea> areas;

	private final Map<String, Function<JsonNode, ObjectNode>> commands;

	private final PushHandler push;

	private final ModerationHandler moderation;

	EmulatorDispatcher(Clock clock) {
		this(1400000000L, clock);
	}

	EmulatorDispatcher(long sdkAppId, Clock clock) {
		this.accounts = new AccountHandler(this::forgetAccount);
		GroupHandler groups = new GroupHandler(this.accounts, clock, this::forgetGroup);
		ConversationHandler conversations = new ConversationHandler(this.accounts, clock);
		GlobalMuteHandler mutes = new GlobalMuteHandler(this.accounts, clock);
		this.push = new PushHandler(this.accounts, clock);
		this.moderation = new ModerationHandler(clock);
		this.friends = new FriendHandler(this.accounts, clock, this::blocks);
		this.blocklist = new BlocklistHandler(this.accounts, clock, this.friends::unfriend);
		this.groups = groups;
		this.areas = List.of(this.accounts, new ProfileHandler(this.accounts),
				new OneToOneMessageHandler(this.accounts, clock, conversations, mutes, this.blocklist::blocks), groups,
				new GroupMessageHandler(this.accounts, groups, clock, conversations, mutes), this.friends,
				this.blocklist, new FollowHandler(this.accounts, clock), conversations, mutes,
				new OfficialAccountHandler(this.accounts, clock), this.push, this.moderation,
				new OperationsHandler(sdkAppId, clock), new GroupAttributeHandler(groups),
				new TopicHandler(groups, this.accounts, clock), new PermissionGroupHandler(groups));
		Map<String, Function<JsonNode, ObjectNode>> all = new HashMap<>();
		for (EmulatorArea area : this.areas) {
			area.commands().forEach((command, handler) -> {
				if (all.putIfAbsent(command, handler) != null) {
					throw new IllegalStateException("Two emulator areas model " + command);
				}
			});
		}
		this.commands = Map.copyOf(all);
	}

	/**
	 * Return the commands the emulator models.
	 * @return the commands, as {@code service/command}
	 */
	Set<String> commands() {
		return this.commands.keySet();
	}

	/**
	 * Return whether the emulator models a command.
	 * @param command {@code service/command}
	 * @return whether an area answers it
	 */
	boolean models(String command) {
		return this.commands.containsKey(command);
	}

	/**
	 * Carry out a command.
	 * @param command {@code service/command}
	 * @param body the request body, a JSON object
	 * @return the answer's own fields, without the envelope
	 * @throws EmulatorError with the vendor's code when the request is refused, or 60009
	 * naming the command when no area models it
	 */
	synchronized ObjectNode handle(String command, JsonNode body) {
		Function<JsonNode, ObjectNode> handler = this.commands.get(command);
		if (handler == null) {
			throw new EmulatorError(60009, "Err_Invalid_Resource: the emulator does not model the command " + command);
		}
		return handler.apply(body);
	}

	synchronized boolean hasAccount(String userId) {
		return this.accounts.exists(userId);
	}

	synchronized List<EmulatorPush> pushes() {
		return this.push.pushes();
	}

	synchronized void banWords(List<String> words) {
		this.moderation.banWords(words);
	}

	private boolean blocks(String userId, String other) {
		return this.blocklist.blocks(userId, other);
	}

	synchronized List<String> pendingFriendRequests(String userId) {
		return this.friends.pendingRequests(userId);
	}

	synchronized @Nullable String groupType(String groupId) {
		return this.groups.typeOf(groupId);
	}

	synchronized Set<String> groupMembers(String groupId) {
		return this.groups.membersOf(groupId);
	}

	synchronized void reset() {
		this.areas.forEach(EmulatorArea::reset);
	}

	private void forgetAccount(String userId) {
		for (EmulatorArea area : this.areas) {
			area.forgetAccount(userId);
		}
	}

	private void forgetGroup(String groupId) {
		for (EmulatorArea area : this.areas) {
			area.forgetGroup(groupId);
		}
	}

}
