package org.ketnoi.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

@Configuration(proxyBeanMethods = false)
@EnableAsync
class SharedConfiguration {

    /** The one clock every module reads the time from; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
