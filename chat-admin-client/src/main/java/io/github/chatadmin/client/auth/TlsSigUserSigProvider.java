package io.github.chatadmin.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import com.tencentyun.TLSSigAPIv2;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.util.Assert;

/**
 * {@link UserSigProvider} that signs the admin UserSig with Tencent's
 * {@code tls-sig-api-v2} and caches it.
 * <p>
 * The signature is renewed once three quarters of its validity have passed. While it is
 * still valid, one caller renews it and the others keep using the current one, so renewal
 * never stalls concurrent calls; only when no valid signature is cached do callers wait
 * for the one that signs.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public class TlsSigUserSigProvider implements UserSigProvider {

	/**
	 * Default validity of a signature.
	 */
	public static final Duration DEFAULT_VALIDITY = Duration.ofDays(1);

	private final long sdkAppId;

	private final String identifier;

	private final Duration validity;

	private final Signer signer;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile @Nullable CachedSig cached;

	/**
	 * Create a provider.
	 * @param sdkAppId the app's SDKAppID
	 * @param identifier the app admin account the signature is for
	 * @param secretKey the app's secret key
	 * @param validity how long each signature is valid
	 */
	public TlsSigUserSigProvider(long sdkAppId, String identifier, String secretKey, Duration validity) {
		this(sdkAppId, identifier, validity, tlsSigner(sdkAppId, secretKey), Clock.systemUTC());
	}

	TlsSigUserSigProvider(long sdkAppId, String identifier, Duration validity, Signer signer, Clock clock) {
		Assert.isTrue(sdkAppId > 0, "'sdkAppId' must be positive");
		Assert.hasText(identifier, "'identifier' must not be empty");
		Assert.isTrue(validity.compareTo(Duration.ofMinutes(1)) >= 0, "'validity' must be at least one minute");
		this.sdkAppId = sdkAppId;
		this.identifier = identifier;
		this.validity = validity;
		this.signer = signer;
		this.clock = clock;
	}

	private static Signer tlsSigner(long sdkAppId, String secretKey) {
		Assert.hasText(secretKey, "'secretKey' must not be empty");
		TLSSigAPIv2 api = new TLSSigAPIv2(sdkAppId, secretKey);
		return api::genUserSig;
	}

	@Override
	public String getUserSig() {
		CachedSig current = this.cached;
		Instant now = this.clock.instant();
		if (current != null && now.isBefore(current.renewAt())) {
			return current.sig();
		}
		if (current != null && now.isBefore(current.expiresAt())) {
			if (!this.lock.tryLock()) {
				return current.sig();
			}
			try {
				return renewIfNeeded();
			}
			finally {
				this.lock.unlock();
			}
		}
		this.lock.lock();
		try {
			return renewIfNeeded();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the cached UserSig at once while it needs no renewal; otherwise sign on
	 * {@link Schedulers#boundedElastic()}.
	 * @return the UserSig
	 */
	@Override
	public Mono<String> resolveUserSig() {
		CachedSig current = this.cached;
		if (current != null && this.clock.instant().isBefore(current.renewAt())) {
			return Mono.just(current.sig());
		}
		return UserSigProvider.super.resolveUserSig();
	}

	private String renewIfNeeded() {
		Instant now = this.clock.instant();
		CachedSig current = this.cached;
		if (current != null && now.isBefore(current.renewAt())) {
			return current.sig();
		}
		String sig = this.signer.sign(this.identifier, this.validity.toSeconds());
		CachedSig renewed = new CachedSig(sig, now.plus(this.validity.multipliedBy(3).dividedBy(4)),
				now.plus(this.validity));
		this.cached = renewed;
		return sig;
	}

	@Override
	public void invalidate() {
		this.cached = null;
	}

	@Override
	public String toString() {
		return "TlsSigUserSigProvider[sdkAppId=" + this.sdkAppId + ", identifier=" + this.identifier + ", validity="
				+ this.validity + ", secretKey=******]";
	}

	/**
	 * Signs a UserSig for an identifier.
	 */
	@FunctionalInterface
	interface Signer {

		String sign(String identifier, long validitySeconds);

	}

	private record CachedSig(String sig, Instant renewAt, Instant expiresAt) {

		@Override
		public String toString() {
			return "CachedSig[renewAt=" + this.renewAt + ", expiresAt=" + this.expiresAt + "]";
		}

	}

}
