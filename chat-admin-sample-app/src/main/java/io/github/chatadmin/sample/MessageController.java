package io.github.chatadmin.sample;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP API for one-to-one messages.
 *
 * @author chat-admin
 */
@RestController
public class MessageController {

	private final MessagingService messaging;

	public MessageController(MessagingService messaging) {
		this.messaging = messaging;
	}

	@PostMapping("/messages")
	public Mono<ResponseEntity<Map<String, String>>> send(@RequestBody SendMessage request) {
		return Mono.defer(() -> {
			String from = Requests.required(request.from(), "from");
			String to = Requests.required(request.to(), "to");
			String text = Requests.required(request.text(), "text");
			return this.messaging.send(from, to, text)
				.map((key) -> ResponseEntity
					.created(Requests.location("/users/{userId}/messages?peer={peer}", from, to))
					.body(Map.of("messageKey", key)));
		});
	}

	@GetMapping("/users/{userId}/messages")
	public Mono<List<MessagingService.Message>> history(@PathVariable String userId, @RequestParam String peer) {
		return this.messaging.history(userId, peer);
	}

	/**
	 * Body of {@code POST /messages}.
	 *
	 * @param from the sender
	 * @param to the recipient
	 * @param text the text
	 */
	public record SendMessage(@Nullable String from, @Nullable String to, @Nullable String text) {

	}

}
