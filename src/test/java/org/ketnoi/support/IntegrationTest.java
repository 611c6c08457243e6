package org.ketnoi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application and a real database: H2 by default, PostgreSQL as well when
 * the build runs the PostgreSQL suite (tests tagged {@code db} run twice). Tests must not assume an
 * empty database: they create their own, uniquely named data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Tag("db")
public @interface IntegrationTest {}
