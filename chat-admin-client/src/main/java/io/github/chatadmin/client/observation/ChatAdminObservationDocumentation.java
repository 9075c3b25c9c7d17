package io.github.chatadmin.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documents the observations of the chat admin client.
 *
 * @author chat-admin
 * @since 0.1.0
 */
public enum ChatAdminObservationDocumentation implements ObservationDocumentation {

	/**
	 * One logical call to the REST API, all its attempts included.
	 */
	CLIENT_REQUESTS {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultChatAdminObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

		@Override
		public Observation.Event[] getEvents() {
			return Events.values();
		}

	},

	/**
	 * One HTTP attempt of a call, a child of the call's observation.
	 */
	CLIENT_ATTEMPTS {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultChatAdminAttemptObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return KeyName.merge(LowCardinalityKeyNames.values(), AttemptLowCardinalityKeyNames.values());
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return AttemptHighCardinalityKeyNames.values();
		}

	};

	/**
	 * Low-cardinality keys, which become metric tags.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The servicename, for example {@code im_open_login_svc}.
		 */
		SERVICE {
			@Override
			public String asString() {
				return "service";
			}
		},

		/**
		 * The command, for example {@code account_import}.
		 */
		COMMAND {
			@Override
			public String asString() {
				return "command";
			}
		},

		/**
		 * {@code SUCCESS}, {@code API_ERROR}, {@code RATE_LIMITED},
		 * {@code TRANSPORT_ERROR} or {@code CANCELLED}.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/**
		 * The envelope's {@code ErrorCode}, {@code 0} on success, {@code none} when no
		 * envelope came back.
		 */
		CODE {
			@Override
			public String asString() {
				return "code";
			}
		}

	}

	/**
	 * High-cardinality keys, recorded on traces only.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * Number of HTTP attempts the call made, including the first one.
		 */
		ATTEMPTS {
			@Override
			public String asString() {
				return "tencent.chat.attempts";
			}

		},

		/**
		 * The {@code random} query parameter of the last attempt, to find the request in
		 * the vendor's logs.
		 */
		RANDOM {

			@Override
			public String asString() {
				return "tencent.chat.random";
			}

		}

	}

	/**
	 * Low-cardinality keys of an attempt, on top of those of a call.
	 */
	public enum AttemptLowCardinalityKeyNames implements KeyName {

		/**
		 * {@code primary} or {@code backup}: the domain the attempt was sent to.
		 */
		ENDPOINT {

			@Override
			public String asString() {
				return "endpoint";
			}

		}

	}

	/**
	 * High-cardinality keys of an attempt, recorded on traces only.
	 */
	public enum AttemptHighCardinalityKeyNames implements KeyName {

		/**
		 * The attempt's number, 1 for the first one.
		 */
		ATTEMPT {

			@Override
			public String asString() {
				return "tencent.chat.attempt";
			}

		},

		/**
		 * The attempt's {@code random} query parameter.
		 */
		RANDOM {

			@Override
			public String asString() {
				return "tencent.chat.random";
			}

		}

	}

	/**
	 * Events of a call, which become counters named after the observation.
	 */
	public enum Events implements Observation.Event {

		/**
		 * An attempt failed and another one is about to be made.
		 */
		RETRY {
			@Override
			public String getName() {
				return "retry";
			}
		},

		/**
		 * The primary domain could not be reached and traffic moved to the backup domain.
		 */
		FAILOVER {
			@Override
			public String getName() {
				return "failover";
			}

		},

		/**
		 * An attempt was answered with a rate-limit code (60007, 60011, 60018, 60019).
		 */
		THROTTLED {

			@Override
			public String getName() {
				return "throttled";
			}

		},

		/**
		 * The call waited for the client-side rate limiter before an attempt.
		 */
		LIMITED {

			@Override
			public String getName() {
				return "limited";
			}

		}

	}

}
