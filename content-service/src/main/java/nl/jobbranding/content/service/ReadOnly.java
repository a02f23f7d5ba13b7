package nl.jobbranding.content.service;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read in a transaction of its own whose Hibernate session only reads: entities are loaded read-only (no snapshot,
 * no dirty check) and nothing is flushed, before queries or at commit. Called inside a transaction that is already
 * running (a write that answers with a read), it joins that transaction and leaves its session as it is.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnly {
}
