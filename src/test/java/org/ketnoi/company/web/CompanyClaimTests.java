package org.ketnoi.company.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.NewUser;
import org.ketnoi.account.Role;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyClaims;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyMember;
import org.ketnoi.company.CompanyRole;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.ketnoi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Claiming an imported company: the organiser's invitation over real SMTP (GreenMail), the link's
 * page for the three kinds of reader, single use, expiry, and who may invite.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CompanyClaimTests {

    private static final int SMTP_PORT = freePort();
    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080/companies/claim\\?token=(ci_[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ParticipationFixtures participations;

    @Autowired
    ParticipationService participationService;

    @Autowired
    CompanyFixtures companyFixtures;

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyClaims claims;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    MovableClock clock;

    /** An event and a company without members enrolled in it by its organiser, as an import leaves it. */
    record Unclaimed(OpenEvent event, CompanyId company, String name) {}

    @Test
    void invitation_toANewAddress_isMailedInTheChosenLanguage_andMakesTheNewAccountOwnerOnce() throws Exception {
        Unclaimed unclaimed = unclaimed();
        AccountUser organiser = unclaimed.event().organiser().user();
        String email = unique("new-rep");

        mvc.perform(post("/companies/" + unclaimed.company().value() + "/invitations")
                        .param("email", "  " + email.toUpperCase() + " ")
                        .param("language", "zh-CN")
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(redirectedUrl("/companies/" + unclaimed.company().value() + "?invited#claim-invite"));

        MimeMessage message = onlyMailTo(email);
        assertThat(message.getSubject()).isEqualTo("Kết Nối：接管 " + unclaimed.name() + " 中文 的企业资料");
        String body = (String) message.getContent();
        assertThat(body)
                .startsWith("您好：")
                .contains("Tester 邀请您作为企业代表")
                .contains("使用邮箱 " + email + " 登录")
                .contains("有效期为 7 天");
        String token = token(body);

        mvc.perform(get("/companies/claim").param("token", token).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("step", CompanyClaimController.Step.SIGN_UP))
                .andExpect(content().string(containsString("manage the profile of " + unclaimed.name() + " en")))
                .andExpect(content().string(containsString("value=\"" + email + "\" readonly")));

        mvc.perform(post("/companies/claim/signup")
                        .param("token", token)
                        .param("displayName", "Chen Rep")
                        .param("password", "a-long-password")
                        .param("passwordRepeat", "a-long-password")
                        .param("language", "zh-CN")
                        .with(csrf()))
                .andExpect(redirectedUrl("/companies/" + unclaimed.company().value() + "?claimed"));

        AccountUser owner = accounts.findByEmail(email).orElseThrow();
        assertThat(owner.role()).isEqualTo(Role.COMPANY);
        assertThat(owner.language()).isEqualTo(Language.ZH);
        assertThat(companies.members(unclaimed.company(), owner))
                .extracting(CompanyMember::user, CompanyMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(owner.id(), CompanyRole.OWNER));
        assertThat(companies.canActFor(unclaimed.company(), organiser)).isFalse();
        assertThat(audit.byActor(owner.id().value(), 2))
                .extracting(AuditEntry::code)
                .containsExactly("company.invitation.accepted", "account.user.created");
        assertThat(audit.byActor(organiser.id().value(), 1))
                .extracting(AuditEntry::code)
                .containsExactly("company.invitation.sent");

        // Used once: the same link shows the invalid page and changes nothing.
        mvc.perform(get("/companies/claim").param("token", token))
                .andExpect(model().attribute("step", CompanyClaimController.Step.INVALID));
        AccountUser other = companyFixtures.user(Role.COMPANY);
        mvc.perform(post("/companies/claim")
                        .param("token", token)
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("step", CompanyClaimController.Step.INVALID));
        assertThat(companies.representatives(unclaimed.company())).containsExactly(owner.id());
    }

    @Test
    void invitation_toAnExistingAccount_isInTheirLanguage_andAcceptedAfterSignIn() throws Exception {
        Unclaimed unclaimed = unclaimed();
        String email = unique("known-rep");
        accounts.create(new NewUser(email, "secret-password", "Known Rep", Role.COMPANY, Language.EN), null);
        AccountUser rep = accounts.findByEmail(email).orElseThrow();

        claims.invite(
                unclaimed.company(),
                email,
                Language.VI,
                unclaimed.event().organiser().user());

        MimeMessage message = onlyMailTo(email);
        assertThat(message.getSubject()).isEqualTo("Kết Nối: take over the profile of " + unclaimed.name() + " en");
        assertThat((String) message.getContent())
                .startsWith("Hello,")
                .contains("Tester invites you to manage the profile of " + unclaimed.name() + " en on Kết Nối")
                .contains("The link works once and for 7 days.");
        String token = token((String) message.getContent());

        mvc.perform(get("/companies/claim").param("token", token))
                .andExpect(model().attribute("step", CompanyClaimController.Step.SIGN_IN))
                .andExpect(content().string(containsString("/companies/claim/continue?token=" + token)));
        mvc.perform(get("/companies/claim/continue").param("token", token)).andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/companies/claim/continue").param("token", token).with(user(rep)))
                .andExpect(redirectedUrl("/companies/claim?token=" + token));
        mvc.perform(get("/companies/claim").param("token", token).with(user(rep)))
                .andExpect(model().attribute("step", CompanyClaimController.Step.ACCEPT));

        mvc.perform(post("/companies/claim")
                        .param("token", token)
                        .with(user(rep))
                        .with(csrf()))
                .andExpect(redirectedUrl("/companies/" + unclaimed.company().value() + "?claimed"));

        assertThat(companies.roleOf(rep.id(), unclaimed.company())).contains(CompanyRole.OWNER);
    }

    @Test
    void link_ofAnotherAddress_isRefusedToTheSignedInUser() throws Exception {
        Unclaimed unclaimed = unclaimed();
        String email = unique("meant-rep");
        claims.invite(
                unclaimed.company(),
                email,
                Language.EN,
                unclaimed.event().organiser().user());
        String token = token((String) onlyMailTo(email).getContent());
        AccountUser stranger = companyFixtures.user(Role.COMPANY);

        mvc.perform(get("/companies/claim")
                        .param("token", token)
                        .param("lang", "en")
                        .with(user(stranger)))
                .andExpect(model().attribute("step", CompanyClaimController.Step.OTHER_USER))
                .andExpect(content().string(containsString("but the invitation is for " + email)));
        mvc.perform(post("/companies/claim")
                        .param("token", token)
                        .param("lang", "en")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This invitation is for " + email)));

        assertThat(companies.representatives(unclaimed.company())).isEmpty();
    }

    @Test
    void link_afterItsValidity_isRefused() throws Exception {
        Unclaimed unclaimed = unclaimed();
        String email = unique("late-rep");
        claims.invite(
                unclaimed.company(),
                email,
                Language.VI,
                unclaimed.event().organiser().user());
        String token = token((String) onlyMailTo(email).getContent());

        clock.advance(Duration.ofDays(7).plusMinutes(1));

        mvc.perform(get("/companies/claim").param("token", token))
                .andExpect(model().attribute("step", CompanyClaimController.Step.INVALID))
                .andExpect(content().string(containsString("Liên kết này không còn hiệu lực")));
        mvc.perform(post("/companies/claim/signup")
                        .param("token", token)
                        .param("displayName", "Late")
                        .param("password", "a-long-password")
                        .param("passwordRepeat", "a-long-password")
                        .param("language", "vi")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Liên kết mời này không còn hiệu lực.")));
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(companies.representatives(unclaimed.company())).isEmpty();
    }

    @Test
    void staleInvitation_ofAClaimedCompany_cannotClaimItAgain() throws Exception {
        Unclaimed unclaimed = unclaimed();
        AccountUser organiser = unclaimed.event().organiser().user();
        String first = unique("first-rep");
        String second = unique("second-rep");
        claims.invite(unclaimed.company(), first, Language.EN, organiser);
        String firstToken = token((String) onlyMailTo(first).getContent());
        claims.invite(unclaimed.company(), second, Language.EN, organiser);
        assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
        String secondToken = token((String) mailTo(second).getContent());
        AccountUser winner = accountWith(first);
        AccountUser late = accountWith(second);

        claims.accept(firstToken, winner);

        mvc.perform(post("/companies/claim")
                        .param("token", secondToken)
                        .with(user(late))
                        .with(csrf()))
                .andExpect(model().attribute("step", CompanyClaimController.Step.INVALID));
        assertThat(companies.representatives(unclaimed.company())).containsExactly(winner.id());
        mvc.perform(post("/companies/" + unclaimed.company().value() + "/invitations")
                        .param("email", unique("third"))
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void newerInvitation_toTheSameAddress_replacesTheOlderLink() throws Exception {
        Unclaimed unclaimed = unclaimed();
        AccountUser organiser = unclaimed.event().organiser().user();
        String email = unique("twice-rep");
        claims.invite(unclaimed.company(), email, Language.EN, organiser);
        String older = token((String) onlyMailTo(email).getContent());
        claims.invite(unclaimed.company(), email, Language.EN, organiser);
        assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();

        assertThat(claims.find(older)).isEmpty();
        assertThat(claims.open(unclaimed.company(), organiser))
                .singleElement()
                .satisfies(invitation -> assertThat(invitation.email()).isEqualTo(email));
    }

    @Test
    void organiserOfAnotherEvent_cannotInvite_norSeeTheForm_norTheOpenInvitations() throws Exception {
        Unclaimed unclaimed = unclaimed();
        String secret = unique("secret-rep");
        claims.invite(
                unclaimed.company(),
                secret,
                Language.EN,
                unclaimed.event().organiser().user());
        AccountUser outsider = participations.openEvent(true).organiser().user();
        String page = "/companies/" + unclaimed.company().value();

        mvc.perform(get(page).with(user(unclaimed.event().organiser().user())))
                .andExpect(content().string(containsString("id=\"invite-form\"")))
                .andExpect(content().string(containsString(secret)));
        mvc.perform(get(page).with(user(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"invite-form\""))))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(post(page + "/invitations")
                        .param("email", unique("hijack"))
                        .with(user(outsider))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1" + page + "/invitations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + unique("hijack") + "\"}")
                        .with(user(outsider)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value("Chỉ ban tổ chức của sự kiện mà doanh nghiệp tham gia và quản trị viên mới được mời"
                                + " người đại diện."));
        mvc.perform(get("/api/v1" + page + "/invitations").with(user(outsider))).andExpect(status().isForbidden());
        AccountUser rep = companyFixtures.user(Role.COMPANY);
        mvc.perform(post(page + "/invitations")
                        .param("email", unique("self"))
                        .with(user(rep))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(mail.waitForIncomingEmail(1000, 2)).isFalse();
    }

    @Test
    void api_invitesWithValidation_andTheInviteeAcceptsThroughTheApi() throws Exception {
        Unclaimed unclaimed = unclaimed();
        AccountUser organiser = unclaimed.event().organiser().user();
        String url = "/api/v1/companies/" + unclaimed.company().value() + "/invitations";

        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-address\",\"language\":\"en\"}")
                        .with(user(organiser)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                // The organiser's own language (Vietnamese) wins over the browser's.
                .andExpect(jsonPath("$.errors[0].message").value("Vui lòng nhập địa chỉ e-mail hợp lệ."));
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + unique("x") + "\",\"language\":\"fr\"}")
                        .with(user(organiser)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        assertThat(audit.byActor(organiser.id().value(), 5))
                .extracting(AuditEntry::code)
                .doesNotContain("company.invitation.sent");

        String email = unique("api-rep");
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"language\":\"en\"}")
                        .with(user(organiser)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.companyId").value(unclaimed.company().value()))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.language").value("en"));
        mvc.perform(get(url).with(user(organiser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").value(email));
        String token = token((String) onlyMailTo(email).getContent());
        AccountUser rep = accountWith(email);

        mvc.perform(post("/api/v1/companies/claims")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + token + "\"}")
                        .with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.companyId").value(unclaimed.company().value()))
                .andExpect(jsonPath("$.role").value("OWNER"));
        mvc.perform(post("/api/v1/companies/claims")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + token + "\"}")
                        .with(user(rep)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("This invitation link no longer works."));
    }

    @Test
    void participantList_offersTheInvitationOnlyForCompaniesWithoutMembers() throws Exception {
        Unclaimed unclaimed = unclaimed();
        // Enrolled, not registered: another test moves this context's clock past the registration window.
        CompanyFixtures.Owned owned = companyFixtures.company("Owned " + UUID.randomUUID());
        participationService.enrol(
                unclaimed.event().id(),
                new Registration(
                        owned.id(), ParticipantRole.BUYER, unclaimed.event().point(0), Attendance.IN_PERSON, Set.of()),
                unclaimed.event().organiser().user());

        String html = mvc.perform(get("/manage/events/" + unclaimed.event().id().value() + "/participants")
                        .param("lang", "en")
                        .with(user(unclaimed.event().organiser().user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "href=\"/companies/" + unclaimed.company().value() + "#claim-invite\">Invite a representative")
                .doesNotContain("/companies/" + owned.id().value() + "#claim-invite");
    }

    @Test
    void invitation_withAMalformedAddress_showsTheErrorOnTheCompanyPage_andStoresNothing() throws Exception {
        Unclaimed unclaimed = unclaimed();
        AccountUser organiser = unclaimed.event().organiser().user();

        mvc.perform(post("/companies/" + unclaimed.company().value() + "/invitations")
                        .param("email", "not an address")
                        .param("language", "en")
                        .param("lang", "en")
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please enter a valid e-mail address.")))
                .andExpect(content().string(containsString("value=\"not an address\"")));

        assertThat(claims.open(unclaimed.company(), organiser)).isEmpty();
        assertThat(mail.waitForIncomingEmail(1000, 1)).isFalse();
    }

    @Test
    void organiserAccount_cannotClaimACompany() throws Exception {
        Unclaimed unclaimed = unclaimed();
        AccountUser organiser = participations.openEvent(true).organiser().user();
        claims.invite(
                unclaimed.company(),
                organiser.email(),
                Language.EN,
                unclaimed.event().organiser().user());
        String token = token((String) onlyMailTo(organiser.email()).getContent());

        mvc.perform(post("/companies/claim")
                        .param("token", token)
                        .param("lang", "en")
                        .with(user(organiser))
                        .with(csrf()))
                .andExpect(
                        content().string(containsString("Organiser and admin accounts cannot represent a company.")));
        assertThat(companies.representatives(unclaimed.company())).isEmpty();
    }

    private Unclaimed unclaimed() {
        OpenEvent event = participations.openEvent(true);
        String name = "Imported " + UUID.randomUUID().toString().substring(0, 8);
        CompanyId company = companies.createUnclaimed(
                CompanyFixtures.details(name), event.organiser().user());
        participationService.enrol(
                event.id(),
                new Registration(company, ParticipantRole.SELLER, event.point(0), Attendance.IN_PERSON, Set.of()),
                event.organiser().user());
        return new Unclaimed(event, company, name);
    }

    private AccountUser accountWith(String email) {
        accounts.create(new NewUser(email, "secret-password", "Rep", Role.COMPANY, Language.EN), null);
        return accounts.findByEmail(email).orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.com";
    }

    private static MimeMessage onlyMailTo(String email) throws Exception {
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] messages = mail.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo(email);
        return messages[0];
    }

    private static MimeMessage mailTo(String email) throws Exception {
        return List.of(mail.getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("claim link in: " + body).isTrue();
        return matcher.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
