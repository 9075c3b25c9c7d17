package io.github.chatadmin.client.transport;

import io.github.chatadmin.client.auth.UserSigProvider;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.ReferenceCountUtil;

/**
 * Netty handler that writes the real UserSig into the request line as the request leaves
 * for the wire.
 * <p>
 * Everything above the connection (WebClient, its filters and observations, Reactor
 * Netty's own logging) only ever sees {@link ChatAdminRequestFilter#MASKED_USERSIG}, so
 * the credential cannot reach a log line, a metric tag, a trace attribute or an exception
 * message.
 *
 * @author chat-admin
 */
@Sharable
final class UserSigHandler extends ChannelOutboundHandlerAdapter {

	static final String NAME = "chatadmin.usersig";

	private static final String MASKED_PARAMETER = "usersig=" + ChatAdminRequestFilter.MASKED_USERSIG;

	private final UserSigProvider userSigProvider;

	UserSigHandler(UserSigProvider userSigProvider) {
		this.userSigProvider = userSigProvider;
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
		if (msg instanceof HttpRequest request) {
			String uri = request.uri();
			int index = uri.indexOf(MASKED_PARAMETER);
			if (index >= 0) {
				String userSig;
				try {
					userSig = this.userSigProvider.getUserSig();
				}
				catch (RuntimeException ex) {
					ReferenceCountUtil.release(msg);
					promise.setFailure(new IllegalStateException(
							"The UserSigProvider failed to supply a UserSig (" + ex.getClass().getName() + ")"));
					return;
				}
				request.setUri(uri.substring(0, index) + "usersig=" + userSig
						+ uri.substring(index + MASKED_PARAMETER.length()));
			}
		}
		ctx.write(msg, promise);
	}

}
