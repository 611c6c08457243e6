package org.ketnoi.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.UUID;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.NewUser;
import org.ketnoi.account.Role;
import org.ketnoi.i18n.Language;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Users made for one test, and real sign-ins through the sign-in form. */
public final class SignIn {

    public static final String PASSWORD = "long-enough-pw";

    private SignIn() {}

    /** Creates a user with a unique e-mail (prefix plus a random part) and returns the e-mail. */
    public static String newUser(AccountService accounts, String prefix, Role role, Language language) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.com";
        accounts.create(new NewUser(email, PASSWORD, prefix, role, language), null);
        return email;
    }

    /** Signs in through the form, as a browser would, and returns the session to send with requests. */
    public static MockHttpSession as(MockMvc mvc, String email, String password) throws Exception {
        return (MockHttpSession) mvc.perform(
                        formLogin("/signin").userParameter("email").user(email).password(password))
                .andReturn()
                .getRequest()
                .getSession();
    }
}
