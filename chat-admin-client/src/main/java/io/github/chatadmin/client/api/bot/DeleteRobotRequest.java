package io.github.chatadmin.client.api.bot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code openim_robot_http_svc/delete_robot}.
 *
 * @param robotAccount the bot's UserID ({@code Robot_Account})
 * @author chat-admin
 */
public record DeleteRobotRequest(@JsonProperty("Robot_Account") String robotAccount) {

}
