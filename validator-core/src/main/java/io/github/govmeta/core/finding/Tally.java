package io.github.govmeta.core.finding;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of the datasets of a run per value of one field (e.g. per classification level), for the
 * summary. A dataset without the field counts under {@code ""}. Immutable.
 *
 * @param title  what is counted, in Thai and English
 * @param counts datasets per value, sorted by value
 */
public record Tally(LocalizedText title, Map<String, Integer> counts) {
    public Tally {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** {@code public 3, registered 1, (none) 2}, in the given language. */
    public String display(Lang lang) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((value, n) -> sb.append(sb.length() == 0 ? "" : ", ")
                .append(value.isEmpty() ? (lang == Lang.TH ? "(ไม่ระบุ)" : "(none)") : value).append(' ').append(n));
        return sb.toString();
    }
}
