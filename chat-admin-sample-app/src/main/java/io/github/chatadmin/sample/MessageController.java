package io.github.chatadmin.sample;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API for one-to-one messages. Every input is validated before Tencent Chat is
 * called; a bad one answers 400 with a problem detail naming it (see
 * {@link ApiErrorHandler}).
 *
 * @author chat-admin
 */
@RestController
public class MessageController {

	private final MessagingService messaging;

	public MessageController(MessagingService messaging) {
		this.messaging = messaging;
	}

	/**
	 * Send a text message from one user to another.
	 * @param request the message
	 * @return 201 with the message key
	 */
	@PostMapping("/messages")
	public Mono<ResponseEntity<Map<String, String>>> send(@Valid @RequestBody SendMessage request) {
		return this.messaging.send(request.from(), request.to(), request.text())
			.map((key) -> ResponseEntity
				.created(Requests.location("/users/{userId}/messages?peer={peer}", request.from(), request.to()))
				.body(Map.of("messageKey", key)));
	}

	/**
	 * List the messages between two users, oldest first.
	 * @param userId one user
	 * @param peer the other user
	 * @return the messages
	 */
	@GetMapping("/users/{userId}/messages")
	public Mono<List<MessagingService.Message>> history(@PathVariable @UserId String userId,
			@RequestParam @UserId String peer) {
		return this.messaging.history(userId, peer);
	}

	/**
	 * Body of {@code POST /messages}.
	 *
	 * @param from the sender
	 * @param to the recipient
	 * @param text the text
	 */
	public record SendMessage(@UserId String from, @UserId String to,
			@NotBlank @MaxUtf8Bytes(MessagingService.MAX_TEXT_BYTES) String text) {

	}

}
