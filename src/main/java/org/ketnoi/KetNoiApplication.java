package org.ketnoi;

import org.ketnoi.scheduling.SchedulingCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KetNoiApplication {

    public static void main(String[] args) {
        if (SchedulingCommandLine.handles(args)) {
            // a command-line tool: no Spring context, no web server
            System.exit(SchedulingCommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(KetNoiApplication.class, args);
    }
}
