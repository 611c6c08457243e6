package org.ketnoi.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ketnoi.i18n.Language;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users with unique e-mails, and client addresses of their own, so tests never share throttle counts. */
final class AccountFixtures {

    static final String PASSWORD = "correct-horse-battery";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private AccountFixtures() {}

    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    static AccountUser user(AccountService accounts, String name, Language language) {
        String email = uniqueEmail(name);
        UserId id = accounts.create(new NewUser(email, PASSWORD, name, Role.COMPANY, language), null);
        return accounts.find(id).orElseThrow();
    }

    /** A client address no other test uses. */
    static RequestPostProcessor newAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10.1." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static RequestPostProcessor address(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Signs in through the form and returns the signed-in session. */
    static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/signin")
                        .session(session)
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(newAddress()))
                .andReturn();
        return session;
    }
}
