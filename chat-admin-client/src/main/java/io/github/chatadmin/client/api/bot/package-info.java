/**
 * Chatbots: create, delete and list bot accounts, and send streaming text from a bot.
 */
@NullMarked
package io.github.chatadmin.client.api.bot;

import org.jspecify.annotations.NullMarked;
