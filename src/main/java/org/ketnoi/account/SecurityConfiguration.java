package org.ketnoi.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the JSON API under {@code /api/v1} (stateless, personal API tokens, no CSRF
 * because no cookies are read) and the web pages (form sign-in, session, CSRF). Both send a strict
 * content security policy (no inline scripts or styles anywhere) and the same other security headers.
 * Sign-in by form and by {@code POST /api/v1/auth/tokens} both go through {@link PasswordAuthenticator},
 * which throttles repeated failures.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/v1/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(securityHeaders())
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi/**", "/api/v1/openapi")
                        .permitAll()
                        // Published events are public; the controllers decide what an anonymous reader sees.
                        .requestMatchers(
                                HttpMethod.GET, "/api/v1/events", "/api/v1/events/*", "/api/v1/events/*/sectors")
                        .permitAll()
                        // Reference data: the HS nomenclature, provinces, sectors, certifications.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/hs/**",
                                "/api/v1/provinces",
                                "/api/v1/sectors",
                                "/api/v1/certifications")
                        .permitAll()
                        // Published listings and company profiles; drafts answer 404 and the company
                        // module hides private contacts.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/listings/*",
                                "/api/v1/companies/*",
                                "/api/v1/companies/*/listings")
                        .permitAll()
                        // Search holds only public documents (companies, published listings).
                        .requestMatchers(HttpMethod.GET, "/api/v1/search")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, PasswordAuthenticator authenticator) throws Exception {
        http.headers(securityHeaders())
                .authenticationManager(new ProviderManager(new PasswordAuthenticationProvider(authenticator)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/companies/new")
                        .authenticated()
                        // Company profiles and logos are public; the company module hides private contacts.
                        .requestMatchers(HttpMethod.GET, "/companies/*", "/companies/*/logo", "/companies/*/listings")
                        .permitAll()
                        // Claim links: the page explains, then asks to sign in or creates the account.
                        .requestMatchers(HttpMethod.POST, "/companies/claim", "/companies/claim/signup")
                        .permitAll()
                        .requestMatchers(
                                "/",
                                "/events",
                                "/events/*",
                                "/hs",
                                "/hs/**",
                                "/listings/*",
                                "/search",
                                "/signin",
                                "/signup",
                                "/password/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/api/docs",
                                "/api/docs/**",
                                "/api/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/signin")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(signInFailure()))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/?signedout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    /** X-Content-Type-Options: nosniff and frame denial are on by default; these come on top. */
    private static Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                .contentTypeOptions(Customizer.withDefaults());
    }

    /** A throttled sign-in gets its own message, so the user knows waiting helps and retyping does not. */
    private static AuthenticationFailureHandler signInFailure() {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/signin?error");
        AuthenticationFailureHandler throttled = new SimpleUrlAuthenticationFailureHandler("/signin?throttled");
        return (request, response, exception) -> (exception instanceof SignInThrottledException ? throttled : wrong)
                .onAuthenticationFailure(request, response, exception);
    }
}
