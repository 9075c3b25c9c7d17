package io.github.chatadmin.sample;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows the last messages sent, as Tencent Chat's after-send callbacks told them.
 *
 * @author chat-admin
 */
@RestController
public class EventController {

	private final RecentEvents events;

	/**
	 * Create the controller.
	 * @param events the events kept
	 */
	public EventController(RecentEvents events) {
		this.events = events;
	}

	/**
	 * Return the last events, oldest first.
	 * @return the events
	 */
	@GetMapping("/events")
	public List<RecentEvents.Event> events() {
		return this.events.list();
	}

}
