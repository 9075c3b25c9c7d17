/**
 * Test support: the emulator for JUnit 5 tests and for Spring Boot tests.
 */
@NullMarked
package io.github.chatadmin.emulator.test;

import org.jspecify.annotations.NullMarked;
