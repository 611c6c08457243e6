package org.ketnoi.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    /**
     * Right after the character encoding filter (so form fields are decoded as UTF-8) and before
     * Spring Security, whose CSRF check is the first to read a parameter.
     */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
            MessageSource messages, LocaleResolver locales, JsonMapper json) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(messages, locales, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
