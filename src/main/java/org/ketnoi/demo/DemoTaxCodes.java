package org.ketnoi.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Unique tax codes in the national formats: a Vietnamese enterprise code of ten digits (here starting
 * with the province code), a Chinese unified social credit code of 18 characters (GB 32100-2015:
 * "91" for a company, the six-digit division code, a nine-character organisation code, a check
 * character).
 */
final class DemoTaxCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    DemoTaxCodes(Random random) {
        this.random = random;
    }

    String vietnamese(String province) {
        while (true) {
            String code = province + digits(8);
            if (issued.add(code)) {
                return code;
            }
        }
    }

    String chinese(String division) {
        while (true) {
            StringBuilder code = new StringBuilder("91").append(division).append("MA");
            for (int i = 0; i < 7; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String complete = code.append(check(code)).toString();
            if (issued.add(complete)) {
                return complete;
            }
        }
    }

    /** The check character: weights 3^i mod 31 over the first 17 characters. */
    static char check(CharSequence first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
