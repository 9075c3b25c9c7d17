package io.github.chatadmin.sample;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.chatadmin.client.api.profile.Profile;
import io.github.chatadmin.client.api.relation.FriendResultCode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.AssertTrue;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API for chat users. Every input is validated before Tencent Chat is called; a bad
 * one answers 400 with a problem detail naming it (see {@link ApiErrorHandler}).
 *
 * @author chat-admin
 */
@RestController
@RequestMapping("/users")
public class UserController {

	/**
	 * Longest nickname Tencent Chat accepts, in UTF-8 bytes.
	 */
	public static final int MAX_NICK_BYTES = 500;

	/**
	 * Longest avatar URL Tencent Chat accepts, in UTF-8 bytes.
	 */
	public static final int MAX_AVATAR_BYTES = 500;

	/**
	 * Longest friend remark Tencent Chat accepts, in UTF-8 bytes.
	 */
	public static final int MAX_REMARK_BYTES = 96;

	private final UserService users;

	public UserController(UserService users) {
		this.users = users;
	}

	/**
	 * Import a user.
	 * @param request the user
	 * @return 201 with the user
	 */
	@PostMapping
	public Mono<ResponseEntity<Map<String, String>>> create(@Valid @RequestBody CreateUser request) {
		String nick = (request.nick() != null) ? request.nick() : request.userId();
		return this.users.create(request.userId(), nick)
			.thenReturn(ResponseEntity.created(Requests.location("/users/{userId}", request.userId()))
				.body(Map.of("userId", request.userId(), "nick", nick)));
	}

	/**
	 * Return a user's profile.
	 * @param userId the user
	 * @return the user with their nickname, avatar, signature and allow type, or 404
	 */
	@GetMapping("/{userId}")
	public Mono<Map<String, Object>> get(@PathVariable @UserId String userId) {
		return this.users.profile(userId).map((profile) -> view(userId, profile));
	}

	/**
	 * Set a user's nickname and avatar.
	 * @param userId the user
	 * @param request the new nickname and avatar, at least one of them
	 * @return the user's profile as set, or 404
	 */
	@PutMapping("/{userId}")
	public Mono<Map<String, Object>> update(@PathVariable @UserId String userId,
			@Valid @RequestBody UpdateUser request) {
		return this.users.updateProfile(userId, request.nick(), request.avatar()).then(get(userId));
	}

	/**
	 * Make a user and another friends of each other.
	 * @param userId the user
	 * @param request the friend
	 * @return 201 with the friendship; 404 when the friend does not exist, 409 when they
	 * are friends already or a blocklist stands between them
	 */
	@PostMapping("/{userId}/friends")
	public Mono<ResponseEntity<Map<String, String>>> addFriend(@PathVariable @UserId String userId,
			@Valid @RequestBody AddFriend request) {
		return this.users.addFriend(userId, request.friendId(), request.remark()).map((result) -> {
			if (!result.isSuccess()) {
				throw refused(result.resultCode(), result.resultInfo());
			}
			return ResponseEntity
				.created(Requests.location("/users/{userId}/friends/{friendId}", userId, request.friendId()))
				.body(Map.of("userId", userId, "friendId", request.friendId()));
		});
	}

	private static Map<String, Object> view(String userId, Profile profile) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("userId", userId);
		view.put("imported", true);
		view.put("nick", profile.nick());
		view.put("avatar", profile.image());
		view.put("signature", profile.selfSignature());
		view.put("allowType", (profile.allowType() != null) ? profile.allowType().vendorName() : null);
		return view;
	}

	private static ErrorResponseException refused(int code, @Nullable String info) {
		FriendResultCode known = FriendResultCode.of(code);
		HttpStatus status = (known == FriendResultCode.ACCOUNT_NOT_FOUND) ? HttpStatus.NOT_FOUND
				: (known == FriendResultCode.BAD_PARAMETER || known == FriendResultCode.IN_REQUESTER_BLOCKLIST
						|| known == FriendResultCode.IN_TARGET_BLOCKLIST || known == FriendResultCode.TARGET_DENIES_ANY
						|| known == FriendResultCode.FRIEND_LIST_FULL
						|| known == FriendResultCode.TARGET_FRIEND_LIST_FULL) ? HttpStatus.CONFLICT
								: HttpStatus.BAD_GATEWAY;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"Tencent Chat did not add the friend (" + known + ")");
		problem.setProperty("command", "sns/friend_add");
		problem.setProperty("errorCode", code);
		problem.setProperty("errorInfo", (info != null) ? info : "");
		return new ErrorResponseException(status, problem, null);
	}

	/**
	 * Return a user's online status.
	 * @param userId the user
	 * @return the status
	 */
	@GetMapping("/{userId}/status")
	public Mono<Map<String, String>> status(@PathVariable @UserId String userId) {
		return this.users.onlineStatus(userId).map((status) -> Map.of("userId", userId, "status", status));
	}

	/**
	 * List a user's recent conversations, pinned first, then newest first.
	 * @param userId the user
	 * @param limit the most conversations to list, 1 to 500 (50 by default)
	 * @return the conversations
	 */
	@GetMapping("/{userId}/conversations")
	public Mono<List<UserService.Conversation>> conversations(@PathVariable @UserId String userId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return this.users.conversations(userId, limit);
	}

	/**
	 * Delete a user.
	 * @param userId the user
	 * @return 204, or 404
	 */
	@DeleteMapping("/{userId}")
	public Mono<ResponseEntity<Void>> delete(@PathVariable @UserId String userId) {
		return this.users.delete(userId).thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * Body of {@code POST /users}.
	 *
	 * @param userId the user's ID
	 * @param nick the user's nickname, defaulting to the ID
	 */
	public record CreateUser(@UserId String userId, @Nullable @MaxUtf8Bytes(MAX_NICK_BYTES) String nick) {

	}

	/**
	 * Body of {@code PUT /users/{userId}}.
	 *
	 * @param nick the new nickname, or {@code null} to keep it
	 * @param avatar the new avatar URL, or {@code null} to keep it
	 */
	public record UpdateUser(@Nullable @MaxUtf8Bytes(MAX_NICK_BYTES) String nick,
			@Nullable @MaxUtf8Bytes(MAX_AVATAR_BYTES) String avatar) {

		/**
		 * Tell whether the body changes anything.
		 * @return whether a nickname or an avatar is given
		 */
		@AssertTrue(message = "must name a nick, an avatar or both")
		public boolean isNickOrAvatar() {
			return this.nick != null || this.avatar != null;
		}

	}

	/**
	 * Body of {@code POST /users/{userId}/friends}.
	 *
	 * @param friendId the friend's ID
	 * @param remark the user's remark on the friend
	 */
	public record AddFriend(@UserId String friendId, @Nullable @MaxUtf8Bytes(MAX_REMARK_BYTES) String remark) {

	}

}
