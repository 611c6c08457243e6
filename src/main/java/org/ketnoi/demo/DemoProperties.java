package org.ketnoi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo data into an empty database, and keep the demo logins working
 * @param password the password of every demo login
 */
@ConfigurationProperties("ketnoi.demo")
record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("demo-ketnoi") String password) {}
