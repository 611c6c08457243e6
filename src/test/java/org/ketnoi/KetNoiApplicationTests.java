package org.ketnoi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.Role;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class KetNoiApplicationTests {

    @Autowired
    AccountService accounts;

    @Test
    void demoLogins_existWithTheirRoles() {
        assertThat(accounts.findByEmail("admin@ketnoi.example").orElseThrow().role())
                .isEqualTo(Role.ADMIN);
        assertThat(accounts.findByEmail("organiser@ketnoi.example")
                        .orElseThrow()
                        .role())
                .isEqualTo(Role.ORGANISER);
        assertThat(accounts.findByEmail("seller@ketnoi.example").orElseThrow().role())
                .isEqualTo(Role.COMPANY);
        assertThat(accounts.findByEmail("buyer@ketnoi.example").orElseThrow().role())
                .isEqualTo(Role.COMPANY);
    }
}
