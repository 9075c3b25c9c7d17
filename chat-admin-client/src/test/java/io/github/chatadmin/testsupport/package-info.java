/**
 * Test support shared by the modules' tests through the client's test jar.
 */
@NullMarked
package io.github.chatadmin.testsupport;

import org.jspecify.annotations.NullMarked;
