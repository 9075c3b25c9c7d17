package io.github.chatadmin.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty reports a leaked buffer while it ran: installs paranoid
 * leak detection and a leak listener once per JVM, and after each test class collects the
 * garbage, lets Netty report the buffers that were collected unreleased, and throws if
 * any was.
 * <p>
 * Registered for every test class of the modules that depend on the client's test jar,
 * through {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and
 * {@code junit.jupiter.extensions.autodetection.enabled} (set for Surefire in the parent
 * pom). A leak is reported when its buffer is collected, so it may surface after the
 * class that caused it: the message says so.
 */
public final class NettyLeakDetection implements BeforeAllCallback, AfterAllCallback {

	private static final AtomicBoolean installed = new AtomicBoolean();

	private static final List<String> leaks = new CopyOnWriteArrayList<>();

	/**
	 * Install paranoid leak detection and the listener that records leaks, once per JVM.
	 */
	public static void install() {
		if (installed.compareAndSet(false, true)) {
			ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
			ByteBufUtil.setLeakListener((resourceType, records) -> leaks.add(resourceType + " leaked:" + records));
		}
	}

	/**
	 * Collect the garbage, let Netty report unreleased buffers and throw if it reported
	 * any since the last check.
	 * @param scope what ran since the last check, for the message
	 * @throws AssertionError if a leak was reported
	 */
	public static void assertNoLeaks(String scope) {
		install();
		for (int i = 0; i < 5; i++) {
			System.gc();
			for (int j = 0; j < 100; j++) {
				ByteBufAllocator.DEFAULT.buffer(64).release();
			}
		}
		if (!leaks.isEmpty()) {
			List<String> reported = new ArrayList<>(leaks);
			leaks.removeAll(reported);
			throw new AssertionError(reported.size() + " Netty buffer leak(s) reported during or before " + scope
					+ " (a leak shows when its buffer is collected, possibly after the class that caused it):\n"
					+ String.join("\n", reported));
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		install();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		assertNoLeaks(context.getDisplayName());
	}

}
