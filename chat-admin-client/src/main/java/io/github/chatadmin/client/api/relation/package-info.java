/**
 * Typed operations and models for relations: friends, friend lists, blocklists and
 * follows ({@code sns/*} and {@code follow/*}).
 */
@NullMarked
package io.github.chatadmin.client.api.relation;

import org.jspecify.annotations.NullMarked;
