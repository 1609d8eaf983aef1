package io.github.govmeta.core.finding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Thai Buddhist-era years (B.E. = C.E. + 543), as users type them into metadata. */
public final class BuddhistEra {
    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})(.*)$", Pattern.DOTALL);

    private BuddhistEra() {}

    /** {@code 2567-03-01} to {@code 2024-03-01}: a leading year of 2400 or more minus 543; other values unchanged. */
    public static String toChristianEra(String value) {
        Matcher m = LEADING_YEAR.matcher(value);
        if (m.matches() && Integer.parseInt(m.group(1)) >= 2400) {
            return (Integer.parseInt(m.group(1)) - 543) + m.group(2);
        }
        return value;
    }
}
