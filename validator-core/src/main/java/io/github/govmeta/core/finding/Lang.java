package io.github.govmeta.core.finding;

import java.util.Locale;

/** The two languages every message exists in. */
public enum Lang {
    TH,
    EN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Lang parse(String text) {
        for (Lang l : values()) {
            if (l.id().equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + text + "' (expected th or en)");
    }
}
