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
    private static final String LOCAL = "abcdefghijklmnopqrstuvwxyz0123456789._%+-";
    private static final String DOMAIN = "abcdefghijklmnopqrstuvwxyz0123456789.-";

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

    /**
     * E-mail addresses in {@code text} at one of {@code domains} (lower case, compared as lower case). Read
     * outwards from each {@code @}, not with a regular expression: a pattern would try every start of a long
     * run of letters, which is quadratic on hostile text; this is linear.
     */
    static List<String> webmail(String text, Set<String> domains) {
        List<String> out = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && LOCAL.indexOf(Character.toLowerCase(text.charAt(start - 1))) >= 0) {
                start--;
            }
            int end = at + 1;
            while (end < text.length() && DOMAIN.indexOf(Character.toLowerCase(text.charAt(end))) >= 0) {
                end++;
            }
            while (end > at + 1 && text.charAt(end - 1) == '.') {
                end--; // a full stop after an address ends the sentence
            }
            String domain = text.substring(at + 1, end).toLowerCase(Locale.ROOT);
            if (start < at && domains.contains(domain)) {
                out.add(text.substring(start, end));
            }
        }
        return out;
    }
}
