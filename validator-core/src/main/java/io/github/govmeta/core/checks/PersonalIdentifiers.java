package io.github.govmeta.core.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers in free text: Thai national identification numbers, Thai mobile numbers and
 * addresses at personal webmail domains. Each finder returns the matches as written. Stateless, thread-safe.
 */
final class PersonalIdentifiers {
    /** 13 digits, plain or grouped 1-2345-67890-12-3 (one separator throughout: '-' or ' '). */
    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![0-9])[0-9]([- ]?)[0-9]{4}\\1[0-9]{5}\\1[0-9]{2}\\1[0-9](?![0-9])");
    /** 06, 08, 09 followed by 8 digits (or +66 for the 0), separators '-', ' ' or '.' between digits. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9+])(?:\\+66[- .]?|0)[689](?:[- .]?[0-9]){8}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");

    private PersonalIdentifiers() {}

    /**
     * Whether 13 digits are a Thai national identification number: the last digit is the check digit,
     * (11 − (Σ dᵢ × (13 − i)) mod 11) mod 10 over the first twelve (i from 0).
     */
    static boolean validNationalId(String digits) {
        if (digits.length() != 13 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
    }

    /** National identification numbers in {@code text} whose check digit holds. */
    static List<String> nationalIds(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NATIONAL_ID.matcher(text);
        while (m.find()) {
            if (validNationalId(m.group().replaceAll("[^0-9]", ""))) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Thai mobile numbers in {@code text}. */
    static List<String> mobiles(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MOBILE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** E-mail addresses in {@code text} at one of {@code domains} (lower case, compared as lower case). */
    static List<String> webmail(String text, Set<String> domains) {
        List<String> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            if (domains.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                out.add(m.group());
            }
        }
        return out;
    }
}
