package org.ketnoi.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a multipart upload that Tomcat refuses to parse (over {@code spring.servlet.multipart.*}
 * limits: 413; malformed: 400) with our own error page or, under {@code /api/v1}, problem+json.
 *
 * <p>Why a filter first in the chain: Tomcat 11 throws from the first {@code getParameter} call of
 * such a request, and again from every later call, including those of the error dispatch (the
 * language switch reads {@code ?lang}), so without this the error page itself fails and Tomcat
 * shows its own untranslated page. Here the failure is found once, the error is answered, and the
 * error dispatch sees a request without parameters.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    static final String FAILED = UploadLimitFilter.class.getName() + ".failed";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    UploadLimitFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request.getAttribute(FAILED) != null ? new WithoutParameters(request) : request, response);
            return;
        }
        Integer failure = parseFailure(request);
        if (failure == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(FAILED, failure);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problem(new WithoutParameters(request), response, failure);
        } else {
            response.sendError(failure);
        }
    }

    /** The status for a multipart body Tomcat cannot take, or null when it parses (or is no multipart). */
    private static @Nullable Integer parseFailure(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        try {
            request.getParameterMap();
            return null;
        } catch (InvalidParameterException e) {
            int code = e.getErrorCode();
            return code >= 400 && code < 500 ? code : HttpStatus.BAD_REQUEST.value();
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detailKey =
                status == HttpStatus.CONTENT_TOO_LARGE.value() ? "upload.error.too-large" : "api.problem.unreadable";
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(status), messages.getMessage(detailKey, null, locale));
        body.setTitle(messages.getMessage(
                "api.problem.title." + status, null, messages.getMessage("error.status.other", null, locale), locale));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    /**
     * The request as the error page sees it: without a body, so neither asking for parameters nor
     * Spring's multipart resolution of the error dispatch makes Tomcat throw again.
     */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }
    }
}
