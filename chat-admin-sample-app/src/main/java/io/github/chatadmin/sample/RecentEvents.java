package io.github.chatadmin.sample;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last callbacks the sample received about messages sent, newest last, at most
 * {@code sample.events.capacity} (default 50).
 *
 * @author chat-admin
 */
@Component
public class RecentEvents {

	private final int capacity;

	private final Deque<Event> events = new ArrayDeque<>();

	/**
	 * Create an empty list.
	 * @param capacity how many events to keep
	 */
	public RecentEvents(@Value("${sample.events.capacity:50}") int capacity) {
		if (capacity <= 0) {
			throw new IllegalArgumentException("sample.events.capacity must be positive, but was " + capacity);
		}
		this.capacity = capacity;
	}

	/**
	 * Keep an event, dropping the oldest when full.
	 * @param event the event
	 */
	public synchronized void add(Event event) {
		if (this.events.size() == this.capacity) {
			this.events.removeFirst();
		}
		this.events.addLast(event);
	}

	/**
	 * Return the events kept, oldest first.
	 * @return the events
	 */
	public synchronized List<Event> list() {
		return List.copyOf(this.events);
	}

	/**
	 * A message sent, as a callback told it.
	 *
	 * @param command the {@code CallbackCommand}
	 * @param from the sender
	 * @param to the recipient, or the group
	 * @param text the message's text
	 * @param eventTime when it happened, in milliseconds, or {@code null} when not told
	 */
	public record Event(String command, @Nullable String from, @Nullable String to, String text,
			@Nullable Long eventTime) {

	}

}
