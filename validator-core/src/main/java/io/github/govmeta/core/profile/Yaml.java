package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.LocalizedText;
import java.util.List;
import java.util.Map;

/** Typed access to safely loaded YAML (maps, lists, strings), with errors that name the place. */
public final class Yaml {
    private Yaml() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ProfileException(where + ": expected a mapping");
    }

    public static Map<String, Object> optMap(Object o, String where) {
        return o == null ? Map.of() : map(o, where);
    }

    static List<String> stringList(Object o, String where) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        throw new ProfileException(where + ": expected a list");
    }

    /** A whole number. */
    static int integer(Object o, String where) {
        if (o instanceof Integer i) {
            return i;
        }
        throw new ProfileException(where + ": expected a whole number, found " + (o == null ? "nothing" : "'" + o + "'"));
    }

    /** {@code [first, last]}: two whole numbers, the first not above the last. */
    static List<Integer> intRange(Object o, String where) {
        if (o instanceof List<?> l && l.size() == 2) {
            int first = integer(l.get(0), where);
            int last = integer(l.get(1), where);
            if (first <= last) {
                return List.of(first, last);
            }
        }
        throw new ProfileException(where + ": expected [first, last], two years in order");
    }

    public static String string(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            throw new ProfileException(where + ": '" + key + "' is missing");
        }
        return String.valueOf(v);
    }

    static String optString(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    static LocalizedText text(Object o, String where) {
        Map<String, Object> m = map(o, where);
        return new LocalizedText(string(m, "th", where), string(m, "en", where));
    }
}
