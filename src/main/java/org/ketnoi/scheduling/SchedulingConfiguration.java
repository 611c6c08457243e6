package org.ketnoi.scheduling;

import org.ketnoi.scheduling.plan.EventPlanner;
import org.ketnoi.scheduling.plan.GreedyPlanner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The planner the solve runs use; the schedule writer only knows the {@link EventPlanner} contract. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingProperties.class)
class SchedulingConfiguration {

    @Bean
    EventPlanner eventPlanner() {
        return new GreedyPlanner();
    }
}
