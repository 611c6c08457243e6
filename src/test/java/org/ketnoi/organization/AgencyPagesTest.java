package org.ketnoi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class AgencyPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganizationService organizations;

    private AccountUser admin() {
        return accounts.findByEmail("admin@ketnoi.example").orElseThrow();
    }

    @Test
    void admin_createsAgencyAndAddsStaffByEmail() throws Exception {
        String name = "Hiệp hội " + UUID.randomUUID();
        String location = mvc.perform(post("/manage/agencies")
                        .with(user(admin()))
                        .with(csrf())
                        .param("nameVi", name)
                        .param("kind", "BUSINESS_ASSOCIATION")
                        .param("country", "VN")
                        .param("city", "Đà Nẵng"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertThat(organizations.get(new AgencyId(id)).name().in(Language.VI)).isEqualTo(name);

        // a user of its own: adding staff makes the user an organiser, which the demo logins must not become
        String staff = SignIn.newUser(accounts, "staff", Role.COMPANY, Language.VI);
        mvc.perform(post("/manage/agencies/" + id + "/staff")
                        .with(user(admin()))
                        .with(csrf())
                        .param("email", staff))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/manage/agencies/" + id + "?lang=en").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(staff)))
                .andExpect(content().string(containsString("Business association")));
        organizations.removeStaff(
                new AgencyId(id), accounts.findByEmail(staff).orElseThrow().id(), admin());
    }

    @Test
    void addStaff_unknownEmail_showsTranslatedError() throws Exception {
        AgencyId id = organizations.create(
                new AgencyDetails(
                        org.ketnoi.i18n.LocalizedText.of(Language.VI, "A " + UUID.randomUUID()),
                        AgencyKind.OTHER,
                        "VN",
                        "Huế"),
                admin());
        mvc.perform(post("/manage/agencies/" + id.value() + "/staff?lang=zh-CN")
                        .with(user(admin()))
                        .with(csrf())
                        .param("email", "nobody-" + UUID.randomUUID() + "@x.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有使用此电子邮箱的用户。")));
    }

    @Test
    void agencyPages_forOrganiser_areForbidden() throws Exception {
        mvc.perform(get("/manage/agencies")
                        .with(user(
                                accounts.findByEmail("organiser@ketnoi.example").orElseThrow())))
                .andExpect(status().isForbidden());
    }
}
