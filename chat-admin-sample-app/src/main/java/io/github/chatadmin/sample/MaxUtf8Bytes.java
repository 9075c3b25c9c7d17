package io.github.chatadmin.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The annotated text is at most {@link #value()} bytes long in UTF-8, the unit in which
 * Tencent Chat states its limits ({@code @Size} counts UTF-16 chars: a 32-char UserID of
 * Chinese characters is 96 bytes). {@code null} is valid.
 *
 * @author chat-admin
 */
@Documented
@Constraint(validatedBy = MaxUtf8Bytes.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxUtf8Bytes {

	/**
	 * Return the largest allowed length.
	 * @return the length in UTF-8 bytes
	 */
	int value();

	/**
	 * Return the message of a violation.
	 * @return the message template
	 */
	String message() default "must be at most {value} bytes in UTF-8";

	/**
	 * Return the validation groups.
	 * @return the groups
	 */
	Class<?>[] groups() default {};

	/**
	 * Return the payload.
	 * @return the payload
	 */
	Class<? extends Payload>[] payload() default {};

	/**
	 * Validator of {@link MaxUtf8Bytes}.
	 */
	class Validator implements ConstraintValidator<MaxUtf8Bytes, CharSequence> {

		private int max;

		@Override
		public void initialize(MaxUtf8Bytes annotation) {
			this.max = annotation.value();
		}

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.toString().getBytes(StandardCharsets.UTF_8).length <= this.max;
		}

	}

}
