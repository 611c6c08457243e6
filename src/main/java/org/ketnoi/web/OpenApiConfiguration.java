package org.ketnoi.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header: what the API is and how to authenticate (a personal API token as
 * a bearer token, from {@code POST /api/v1/auth/tokens}). Developer documentation, kept in English
 * like the API's field names; every answer's human-readable text is translated.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "personalApiToken";

    @Bean
    OpenAPI ketNoiOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Kết Nối API")
                        .version("v1")
                        .description("Events, participants and meetings of the Kết Nối trade-promotion platform. "
                                + "Errors are RFC 9457 problem details translated by ?lang= or Accept-Language "
                                + "(vi, zh-CN, en)."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("POST /api/v1/auth/tokens with {\"email\",\"password\"}")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
