package org.ketnoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@AutoConfigureMockMvc
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JsonMapper json;

    @Test
    void createToken_rightPassword_returnsATokenThatAuthenticates() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "api", Language.VI);

        JsonNode created = createToken(user.email(), AccountFixtures.PASSWORD, "CI script");
        String token = created.get("token").asString();

        assertThat(token).startsWith("kn_").hasSize(46);
        assertThat(created.get("prefix").asString()).isEqualTo(token.substring(0, 10));
        mvc.perform(get("/api/v1/auth/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(created.get("id").asLong()))
                .andExpect(jsonPath("$[0].name").value("CI script"))
                .andExpect(jsonPath("$[0].prefix").value(token.substring(0, 10)))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].token").doesNotExist());
        assertThat(audit.byActor(user.id().value(), 5))
                .extracting(AuditEntry::code)
                .isEqualTo(List.of("account.token.created", "account.user.created"));
    }

    @Test
    void createToken_withoutName_getsTheDefaultNameInTheUsersLanguage() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "noname", Language.ZH);

        JsonNode created = createToken(user.email(), AccountFixtures.PASSWORD, null);

        assertThat(created.get("name").asString()).isEqualTo("API 令牌");
    }

    @Test
    void createToken_wrongPassword_is401ProblemInTheReadersLanguage() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "apiwrong", Language.VI);

        mvc.perform(tokenRequest(user.email(), "wrong-password", null, AccountFixtures.newAddress())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Sign-in failed"))
                .andExpect(jsonPath("$.detail").value("E-mail or password is not correct."))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void createToken_missingPassword_is400WithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x@test.example\"}")
                        .with(AccountFixtures.newAddress()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("Vui lòng nhập thông tin này."));
    }

    @Test
    void createToken_afterFiveFailures_is429EvenWithTheRightPassword() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "apithrottle", Language.VI);
        for (int i = 0; i < 5; i++) {
            mvc.perform(tokenRequest(user.email(), "guess-" + i, null, AccountFixtures.newAddress()))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(tokenRequest(user.email(), AccountFixtures.PASSWORD, null, AccountFixtures.newAddress())
                        .param("lang", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Too many attempts"))
                .andExpect(jsonPath("$.detail")
                        .value("Too many failed sign-in attempts. Please try again in 15 minutes."));
    }

    @Test
    void revokedToken_is401() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "revoke", Language.VI);
        JsonNode created = createToken(user.email(), AccountFixtures.PASSWORD, "to revoke");
        String bearer = "Bearer " + created.get("token").asString();

        mvc.perform(delete("/api/v1/auth/tokens/{id}", created.get("id").asLong())
                        .header("Authorization", bearer))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/auth/tokens").header("Authorization", bearer))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(audit.byActor(user.id().value(), 1))
                .extracting(AuditEntry::code)
                .isEqualTo(List.of("account.token.revoked"));
    }

    @Test
    void revoke_anotherUsersToken_is404AndLeavesItWorking() throws Exception {
        AccountUser owner = AccountFixtures.user(accounts, "owner", Language.VI);
        AccountUser other = AccountFixtures.user(accounts, "other", Language.VI);
        JsonNode ownersToken = createToken(owner.email(), AccountFixtures.PASSWORD, "owner's");
        String othersBearer = "Bearer "
                + createToken(other.email(), AccountFixtures.PASSWORD, "other's")
                        .get("token")
                        .asString();

        mvc.perform(delete("/api/v1/auth/tokens/{id}", ownersToken.get("id").asLong())
                        .header("Authorization", othersBearer)
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                // The signed-in user's preference (Vietnamese) comes before Accept-Language.
                .andExpect(jsonPath("$.title").value("Không tìm thấy mã truy cập"));

        mvc.perform(get("/api/v1/auth/tokens").header("Authorization", othersBearer))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("other's"));
        mvc.perform(get("/api/v1/auth/tokens")
                        .header(
                                "Authorization",
                                "Bearer " + ownersToken.get("token").asString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("owner's"));
    }

    @Test
    void token_ofADisabledUser_is401() throws Exception {
        AccountUser user = AccountFixtures.user(accounts, "apidisabled", Language.VI);
        String bearer = "Bearer "
                + createToken(user.email(), AccountFixtures.PASSWORD, "x")
                        .get("token")
                        .asString();

        accounts.setEnabled(user.email(), false);

        mvc.perform(get("/api/v1/auth/tokens").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousWrite_is401ProblemInVietnameseByDefault() throws Exception {
        mvc.perform(delete("/api/v1/auth/tokens/1"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.title").value("Cần xác thực"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/v1/auth/tokens/1"));
    }

    @Test
    void anonymousWrite_is401ProblemInTheAcceptedLanguage() throws Exception {
        mvc.perform(post("/api/v1/events").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentication required"));
        mvc.perform(post("/api/v1/events?lang=zh-CN").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("需要身份验证"));
    }

    @Test
    void unknownBearerToken_is401() throws Exception {
        mvc.perform(get("/api/v1/auth/tokens").header("Authorization", "Bearer kn_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Cần xác thực"));
    }

    private JsonNode createToken(String email, String password, String name) throws Exception {
        String body = mvc.perform(tokenRequest(email, password, name, AccountFixtures.newAddress()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private MockHttpServletRequestBuilder tokenRequest(
            String email, String password, String name, RequestPostProcessor address) {
        var request = new java.util.LinkedHashMap<String, String>();
        request.put("email", email);
        request.put("password", password);
        if (name != null) {
            request.put("name", name);
        }
        return post("/api/v1/auth/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request))
                .with(address);
    }
}
