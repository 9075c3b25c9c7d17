/**
 * Testcontainers support for the chat admin client: a {@code @ServiceConnection} to a
 * {@code WireMockContainer} that stubs the Tencent Cloud Chat REST API.
 * <p>
 * Annotate a {@code WireMockContainer} field or bean with {@code @ServiceConnection} and
 * the application's {@code ChatAdminTemplate} sends its calls to
 * {@code http://<container host>:<mapped port>} instead of the region's domains, with no
 * backup endpoint. The app identity comes, for each value, from the first of:
 * <ol>
 * <li>the container's environment: {@code TENCENT_CHAT_SDK_APP_ID},
 * {@code TENCENT_CHAT_ADMIN}, {@code TENCENT_CHAT_SECRET_KEY} (set with
 * {@code withEnv(...)}; WireMock ignores them);</li>
 * <li>the application's {@code tencent.chat.sdk-app-id}, {@code tencent.chat.admin},
 * {@code tencent.chat.secret-key};</li>
 * <li>the test values {@code 1400000000}, {@code administrator} and a fixed secret key,
 * since WireMock checks no UserSig.</li>
 * </ol>
 * {@code tencent.chat.endpoint} and {@code tencent.chat.backup-endpoint} are ignored;
 * every other {@code tencent.chat.*} property still applies. The client sends plain
 * {@code http} only to loopback hosts, so the Docker host must be local
 * ({@code localhost} or {@code 127.0.0.1}, as with a local Docker engine).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.chatadmin.testcontainers;

import org.jspecify.annotations.NullMarked;
