package org.ketnoi.scheduling;

import org.ketnoi.scheduling.plan.EventPlanner;
import org.ketnoi.scheduling.plan.OptimisingPlanner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The planner the solve runs use; the schedule writer only knows the {@link EventPlanner} contract. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingProperties.class)
class SchedulingConfiguration {

    @Bean
    EventPlanner eventPlanner() {
        // one CP-SAT worker per core; the planner's own heuristics run between its calls
        return new OptimisingPlanner(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
