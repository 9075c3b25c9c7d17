package io.github.chatadmin.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;

/**
 * The annotated text is a Tencent Chat UserID: not blank, and at most {@value #MAX_BYTES}
 * bytes in UTF-8.
 *
 * @author chat-admin
 */
@Documented
@Constraint(validatedBy = {})
@NotBlank
@MaxUtf8Bytes(UserId.MAX_BYTES)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface UserId {

	/**
	 * Longest UserID Tencent Chat accepts, in UTF-8 bytes.
	 */
	int MAX_BYTES = 32;

	/**
	 * Return the message of a violation, unused: each composing constraint reports its
	 * own.
	 * @return the message template
	 */
	String message() default "is not a valid UserID";

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

}
