package org.ketnoi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that drives the system Chromium through Playwright against the application on a random
 * port (H2). Inject a {@link Browser} into test methods. Skipped only where Chromium is absent and the
 * build does not run in CI; in CI a missing Chromium fails the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
