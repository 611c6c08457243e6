package org.ketnoi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KetNoiApplication {

    public static void main(String[] args) {
        SpringApplication.run(KetNoiApplication.class, args);
    }
}
