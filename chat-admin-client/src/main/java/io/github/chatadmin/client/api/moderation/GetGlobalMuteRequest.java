package io.github.chatadmin.client.api.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code openconfigsvr/getnospeaking}.
 *
 * @param getAccount the user ({@code Get_Account})
 * @author chat-admin
 * @see <a href="https://trtc.io/document/34924">getnospeaking</a>
 */
public record GetGlobalMuteRequest(@JsonProperty("Get_Account") String getAccount) {

}
