package io.github.govmeta.core.profile;

import java.util.Map;

/**
 * How a rule's offending value is shown ({@code mask:} in {@code rules.yaml}): every letter and digit is
 * replaced by {@code x} except the first {@code keepStart} and the last {@code keepEnd} of them, and
 * everything from {@code keepFrom} on (e.g. {@code "@"}: the domain of an e-mail address); separators
 * stay. A finding of a masked rule never carries the value in full, in any report. Immutable.
 *
 * @param keepStart letters and digits shown at the start
 * @param keepEnd   letters and digits shown at the end
 * @param keepFrom  a marker from whose first occurrence on the value is shown, or null
 */
public record Mask(int keepStart, int keepEnd, String keepFrom) {

    public Mask {
        if (keepStart < 0 || keepEnd < 0) {
            throw new ProfileException("mask: keepStart and keepEnd must not be negative");
        }
        keepFrom = keepFrom == null || keepFrom.isEmpty() ? null : keepFrom;
    }

    /** {@code 1-1037-02071-81-1} with {@code keepEnd: 3} becomes {@code x-xxxx-xxxxx-81-1}. */
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        int end = value.length();
        String tail = "";
        if (keepFrom != null && value.indexOf(keepFrom) >= 0) {
            end = value.indexOf(keepFrom);
            tail = value.substring(end);
        }
        String head = value.substring(0, end);
        int alnum = (int) head.codePoints().filter(Character::isLetterOrDigit).count();
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (int i = 0; i < head.length(); ) {
            int cp = head.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                seen++;
                boolean keep = seen <= keepStart || seen > alnum - keepEnd;
                out.append(keep ? new String(Character.toChars(cp)) : "x");
            } else {
                out.append(Character.toChars(cp));
            }
        }
        return out.append(tail).toString();
    }

    /** Reads {@code mask: {keepStart: 1, keepEnd: 3, keepFrom: "@"}}; null when there is none. */
    static Mask read(Object o, String where) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = Yaml.map(o, where);
        for (String key : m.keySet()) {
            if (!java.util.Set.of("keepStart", "keepEnd", "keepFrom").contains(key)) {
                throw new ProfileException(where + ": unknown key '" + key + "' (keepStart, keepEnd, keepFrom)");
            }
        }
        return new Mask(m.containsKey("keepStart") ? Yaml.integer(m.get("keepStart"), where + " keepStart") : 0,
                m.containsKey("keepEnd") ? Yaml.integer(m.get("keepEnd"), where + " keepEnd") : 0,
                m.get("keepFrom") == null ? null : String.valueOf(m.get("keepFrom")));
    }
}
