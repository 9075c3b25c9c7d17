package io.github.chatadmin.client.api.push;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The request of {@code timpush/list_sched_task}: one page of the tasks of a time range,
 * by offset.
 *
 * @param sdkappid the app ({@code Sdkappid})
 * @param offset the first task's position, from 0 ({@code Offset})
 * @param want the page size, at least 1 ({@code Want})
 * @param orderBy {@value #ORDER_BY_SCHED_AT} or {@value #ORDER_BY_CREATE_AT} (the
 * international pages' spelling; the Chinese page writes {@code schedAt} and
 * {@code createAt}) ({@code OrderBy})
 * @param asc ascending order ({@code Asc})
 * @param beginTime the range's start, UTC {@code YYYY-MM-DD HH:MM:SS} ({@code BeginTime})
 * @param endTime the range's end, not before its start ({@code EndTime})
 * @param keyword a fuzzy match on the title or text ({@code Keyword})
 * @author chat-admin
 */
public record ListScheduledTasksRequest(@JsonProperty("Sdkappid") long sdkappid, @JsonProperty("Offset") long offset,
		@JsonProperty("Want") long want, @JsonProperty("OrderBy") String orderBy, @JsonProperty("Asc") boolean asc,
		@JsonProperty("BeginTime") String beginTime, @JsonProperty("EndTime") String endTime,
		@JsonProperty("Keyword") @Nullable String keyword) {

	/**
	 * Order by the time the tasks are sent.
	 */
	public static final String ORDER_BY_SCHED_AT = "schedat";

	/**
	 * Order by the time the tasks were created.
	 */
	public static final String ORDER_BY_CREATE_AT = "createat";

	/**
	 * Return the first page of the tasks sent within a range, newest first.
	 * @param sdkAppId the app
	 * @param begin the range's start
	 * @param end the range's end
	 * @param want the page size
	 * @return the request
	 */
	public static ListScheduledTasksRequest first(long sdkAppId, Instant begin, Instant end, long want) {
		return new ListScheduledTasksRequest(sdkAppId, 0, want, ORDER_BY_SCHED_AT, false, PushTimes.utc(begin),
				PushTimes.utc(end), null);
	}

	/**
	 * Return this request with a keyword.
	 * @param keyword the keyword
	 * @return the request
	 */
	public ListScheduledTasksRequest withKeyword(@Nullable String keyword) {
		return new ListScheduledTasksRequest(this.sdkappid, this.offset, this.want, this.orderBy, this.asc,
				this.beginTime, this.endTime, keyword);
	}

	/**
	 * Return this request with an order.
	 * @param orderBy the field
	 * @param asc ascending order
	 * @return the request
	 */
	public ListScheduledTasksRequest withOrder(String orderBy, boolean asc) {
		return new ListScheduledTasksRequest(this.sdkappid, this.offset, this.want, orderBy, asc, this.beginTime,
				this.endTime, this.keyword);
	}

	/**
	 * Return this request at another offset.
	 * @param offset the offset
	 * @return the request
	 */
	public ListScheduledTasksRequest withOffset(long offset) {
		return new ListScheduledTasksRequest(this.sdkappid, offset, this.want, this.orderBy, this.asc, this.beginTime,
				this.endTime, this.keyword);
	}

	/**
	 * Return the request of the page after a page, or {@code null} when the page was the
	 * last: empty, or reaching {@code Total}.
	 * @param page the page this request read
	 * @return the next request, or {@code null}
	 */
	public @Nullable ListScheduledTasksRequest next(ScheduledTaskPage page) {
		int size = page.taskList().size();
		long following = this.offset + size;
		if (size == 0 || (page.total() != null && following >= page.total())) {
			return null;
		}
		return withOffset(following);
	}

}
