package org.ketnoi.company.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class CompanyWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CompanyFixtures fixtures;

    @Autowired
    CompanyService companies;

    @Test
    void profilePage_inThreeLanguagesWithoutContactsForStrangers() throws Exception {
        CompanyFixtures.Owned company = fixtures.company("Page");
        String url = "/companies/" + company.id().value();

        mvc.perform(get(url).param("lang", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page vi")))
                .andExpect(content().string(containsString("Đắk Lắk")))
                .andExpect(content().string(containsString("Cà phê")))
                .andExpect(content().string(not(containsString("Nguyễn Văn A"))));
        mvc.perform(get(url).param("lang", "zh-CN"))
                .andExpect(content().string(containsString("Page 中文")))
                .andExpect(content().string(containsString("罗布斯塔咖啡")));
        mvc.perform(get(url).param("lang", "en").with(user(fixtures.user(Role.COMPANY))))
                .andExpect(content().string(containsString("Page en")))
                .andExpect(content().string(containsString("Dak Lak")))
                .andExpect(content().string(not(containsString("Nguyễn Văn A"))));
    }

    @Test
    void profilePage_showsContactsToMembers() throws Exception {
        CompanyFixtures.Owned company = fixtures.company("Mine");
        mvc.perform(get("/companies/" + company.id().value()).with(user(company.owner())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn A")))
                .andExpect(content().string(containsString("+84 262 3850 000")));
    }

    @Test
    void createForm_createsTheCompanyWithTheCreatorAsOwner() throws Exception {
        AccountUser creator = fixtures.user(Role.COMPANY);
        mvc.perform(get("/companies/new").with(user(creator))).andExpect(status().isOk());
        mvc.perform(post("/companies")
                        .with(user(creator))
                        .with(csrf())
                        .param("nameZh", "广州咖啡贸易")
                        .param("country", "CN")
                        .param("provinceCode", "44")
                        .param("sectors", "coffee")
                        .param("languages", "zh", "en")
                        .param("exportMarkets", "vn, la"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/companies/*"));

        CompanyId id = companies.companiesOf(creator.id()).getFirst().id();
        var details = companies.profile(id, creator).details();
        assertThat(details.name().in(Language.EN)).isEqualTo("广州咖啡贸易");
        assertThat(details.provinceCode()).isEqualTo("44");
        assertThat(details.exportMarkets()).containsExactly("VN", "LA");
    }

    @Test
    void createForm_withBadWebsiteShowsTheTranslatedErrorAndStoresNothing() throws Exception {
        AccountUser creator = fixtures.user(Role.COMPANY);
        mvc.perform(post("/companies")
                        .with(user(creator))
                        .with(csrf())
                        .param("lang", "en")
                        .param("nameEn", "Bad site")
                        .param("country", "VN")
                        .param("website", "ftp://x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The website must start with http:// or https://.")));
        assertThat(companies.companiesOf(creator.id())).isEmpty();
    }

    @Test
    void editPage_isForMembersOnly() throws Exception {
        CompanyFixtures.Owned company = fixtures.company("EditPage");
        mvc.perform(get("/companies/" + company.id().value() + "/edit").with(user(fixtures.user(Role.COMPANY))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/companies/" + company.id().value() + "/edit").with(user(company.owner())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EditPage vi")));
    }

    @Test
    void logo_uploadedByAMemberIsServedWithItsType() throws Exception {
        CompanyFixtures.Owned company = fixtures.company("LogoWeb");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        String url = "/companies/" + company.id().value() + "/logo";
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("logo", "x.png", "image/jpeg", png))
                        .with(user(company.owner()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("logo", "x.png", "image/png", "<svg/>".getBytes()))
                        .with(user(company.owner()))
                        .with(csrf())
                        .param("lang", "en"))
                .andExpect(content().string(containsString("The logo must be a PNG or JPEG image.")));

        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(png));
    }

    @Test
    void api_getHidesContactsFromAnonymousAndShowsThemToMembers() throws Exception {
        CompanyFixtures.Owned company = fixtures.company("Api");
        String url = "/api/v1/companies/" + company.id().value();
        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name.en").value("Api en"))
                .andExpect(jsonPath("$.country").value("VN"))
                .andExpect(jsonPath("$.province").value("66"))
                .andExpect(jsonPath("$.certifications[0]").value("VIETGAP"))
                .andExpect(jsonPath("$.contacts").doesNotExist());
        mvc.perform(get(url).with(user(fixtures.user(Role.COMPANY))))
                .andExpect(jsonPath("$.contacts").doesNotExist());
        mvc.perform(get(url).with(user(company.owner())))
                .andExpect(jsonPath("$.contacts.person").value("Nguyễn Văn A"));
    }

    @Test
    void api_createAndReplace() throws Exception {
        AccountUser creator = fixtures.user(Role.COMPANY);
        String body = """
                {"name": {"zh": "云南咖啡进口"}, "country": "CN", "province": "53", "sectors": ["coffee"],
                 "languages": ["zh"], "contacts": {"person": "王", "email": "w@yn.example", "phone": "+86 871 0000 000"}}""";
        String location = mvc.perform(post("/api/v1/companies")
                        .with(user(creator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name.zh").value("云南咖啡进口"))
                .andExpect(jsonPath("$.contacts.person").value("王"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(put(location)
                        .with(user(fixtures.user(Role.COMPANY)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put(location)
                        .with(user(creator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"53\"", "\"99\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("provinceCode"));
        mvc.perform(put(location)
                        .with(user(creator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("云南咖啡进口", "云南咖啡")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name.zh").value("云南咖啡"));
    }

    @Test
    void myCompanies_listsOnlyTheUsersOwn() throws Exception {
        CompanyFixtures.Owned mine = fixtures.company("MyList");
        CompanyFixtures.Owned theirs = fixtures.company("TheirList");
        mvc.perform(get("/my/companies").with(user(mine.owner())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("MyList vi")))
                .andExpect(content().string(not(containsString(theirs.name()))));
    }
}
