package io.github.govmeta.core.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known word for a mistyped one (Levenshtein distance, at most a third of its length). */
public final class DidYouMean {
    private DidYouMean() {}

    public static Optional<String> suggest(String given, Collection<String> known) {
        int limit = Math.max(2, given.length() / 3);
        return known.stream()
                .map(k -> new Object[] {k, distance(given.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT))})
                .filter(p -> (int) p[1] <= limit)
                .min(Comparator.comparingInt((Object[] p) -> (int) p[1]).thenComparing(p -> (String) p[0]))
                .map(p -> (String) p[0]);
    }

    /** " (did you mean 'x'?)" or "". */
    public static String hint(String given, Collection<String> known) {
        return suggest(given, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
