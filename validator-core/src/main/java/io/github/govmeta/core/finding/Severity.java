package io.github.govmeta.core.finding;

import java.util.Locale;

/** How serious a finding is. Declared from most to least serious; {@link #atLeast} compares by that order. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is as serious as {@code other} or more. */
    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /** The lower-case name used in files and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
    }
}
