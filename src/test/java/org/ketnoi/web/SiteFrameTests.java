package org.ketnoi.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class SiteFrameTests {

    @Autowired
    MockMvc mvc;

    @Test
    void health_reportsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void missingPage_showsATranslatedNotFoundPage() throws Exception {
        // MockMvc has no servlet container to forward errors, so the error page is asked for as the
        // container would: /error with the status in the request attributes.
        mvc.perform(notFound().param("lang", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面未找到")))
                .andExpect(content().string(containsString("错误代码：404")));
        mvc.perform(notFound().header("Accept-Language", "vi"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang")));
    }

    private static MockHttpServletRequestBuilder notFound() {
        return get("/error")
                .with(user("someone@example.com"))
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page");
    }

    @Test
    void everyPage_sendsAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void layout_offersTheThreeLanguages() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("href=\"?lang=vi\"")))
                .andExpect(content().string(containsString("href=\"?lang=zh-CN\"")))
                .andExpect(content().string(containsString("href=\"?lang=en\"")));
    }

    @Test
    void openApi_describesTheApiAndItsBearerTokens() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Kết Nối API"))
                .andExpect(jsonPath("$.components.securitySchemes.personalApiToken.scheme")
                        .value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/auth/tokens'].post").exists());
    }

    @Test
    void apiDocs_areReadableWithoutSigningIn() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/api/swagger-ui/index.html"));
        mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
