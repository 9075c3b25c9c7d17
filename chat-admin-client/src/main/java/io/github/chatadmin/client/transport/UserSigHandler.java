package io.github.chatadmin.client.transport;

import java.util.Map;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.ReferenceCountUtil;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Netty handler that writes the real UserSig into the request line as the request leaves
 * for the wire.
 * <p>
 * Everything above the connection (WebClient, its filters and observations, Reactor
 * Netty's own logging) only ever sees {@link ChatAdminRequestFilter#MASKED_USERSIG}, so
 * the credential cannot reach a log line, a metric tag, a trace attribute or an exception
 * message. The UserSig itself arrives as a {@link WireUserSig} request attribute, which
 * WebClient stores on the channel before the request is written, so nothing here blocks
 * the event loop.
 *
 * @author chat-admin
 */
@Sharable
final class UserSigHandler extends ChannelOutboundHandlerAdapter {

	static final String NAME = "chatadmin.usersig";

	static final UserSigHandler INSTANCE = new UserSigHandler();

	private static final String MASKED_PARAMETER = "usersig=" + ChatAdminRequestFilter.MASKED_USERSIG;

	private UserSigHandler() {
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
		if (msg instanceof HttpRequest request) {
			String uri = request.uri();
			int index = uri.indexOf(MASKED_PARAMETER);
			if (index >= 0) {
				Map<String, Object> attributes = ctx.channel().attr(ReactorClientHttpConnector.ATTRIBUTES_KEY).get();
				Object userSig = (attributes != null) ? attributes.get(WireUserSig.ATTRIBUTE) : null;
				if (!(userSig instanceof WireUserSig wire)) {
					ReferenceCountUtil.release(msg);
					promise.setFailure(new IllegalStateException(
							"No UserSig came with the request; requests must be sent through ChatAdminTemplate"));
					return;
				}
				request.setUri(uri.substring(0, index) + "usersig=" + wire.value()
						+ uri.substring(index + MASKED_PARAMETER.length()));
			}
		}
		ctx.write(msg, promise);
	}

}
