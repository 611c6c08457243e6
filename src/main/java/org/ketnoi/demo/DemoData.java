package org.ketnoi.demo;

import java.util.Comparator;
import java.util.List;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.NewUser;
import org.ketnoi.account.Role;
import org.ketnoi.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo on first start with an empty database. With the demo switched off, the demo logins
 * are disabled, so a production installation that started as a demo does not keep known passwords.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String ADMIN = "admin@ketnoi.example";
    static final String ORGANISER = "organiser@ketnoi.example";
    static final String SELLER = "seller@ketnoi.example";
    static final String BUYER = "buyer@ketnoi.example";
    static final List<String> LOGINS = List.of(ADMIN, ORGANISER, SELLER, BUYER);

    private final DemoProperties properties;
    private final AccountService accounts;
    private final List<DemoStep> steps;

    DemoData(DemoProperties properties, AccountService accounts, List<DemoStep> steps) {
        this.properties = properties;
        this.accounts = accounts;
        this.steps =
                steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            LOGINS.forEach(email -> accounts.setEnabled(email, false));
            return;
        }
        LOGINS.forEach(email -> accounts.setEnabled(email, true));
        if (accounts.findByEmail(ADMIN).isPresent()) {
            return;
        }
        log.info("Empty database: loading the demo data (ketnoi.demo.enabled=false switches this off)");
        accounts.create(user(ADMIN, "Quản trị Kết Nối", Role.ADMIN, Language.VI), null);
        accounts.create(user(ORGANISER, "Nguyễn Thị Lan", Role.ORGANISER, Language.VI), null);
        accounts.create(user(SELLER, "Trần Văn Minh", Role.COMPANY, Language.VI), null);
        accounts.create(user(BUYER, "陈伟 Chen Wei", Role.COMPANY, Language.ZH), null);
        long start = System.nanoTime();
        steps.forEach(DemoStep::load);
        log.info("Loaded the demo data in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private NewUser user(String email, String name, Role role, Language language) {
        return new NewUser(email, properties.password(), name, role, language);
    }
}
