package io.github.govmeta.core.finding;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * One result of a check: immutable, self-contained, and the only thing renderers see.
 *
 * @param ruleId   stable rule id, e.g. {@code GDC-REQ-title}
 * @param severity effective severity
 * @param message  the message in Thai and English, placeholders already filled
 * @param location file, line, column, JSON Pointer
 * @param dataset  the dataset's name or id when the finding belongs to one (null for file-level findings)
 * @param value    the offending value as short text, or null
 * @param clause   the clause of the standard the rule enforces
 * @param extras   a small sorted map of engine details (e.g. the JSON Schema keyword)
 * @param suppression why it does not count, or null when it does
 */
public record Finding(
        String ruleId,
        Severity severity,
        LocalizedText message,
        Location location,
        String dataset,
        String value,
        String clause,
        Map<String, String> extras,
        Suppression suppression) {

    /** The one order of every output: source, line, column, pointer, rule id. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().source())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(f -> Objects.toString(f.location().pointer(), ""))
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.message().en());

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        clause = clause == null ? "" : clause;
        extras = extras == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extras));
    }

    /** A finding that counts (not suppressed). */
    public Finding(String ruleId, Severity severity, LocalizedText message, Location location, String dataset,
                   String value, String clause, Map<String, String> extras) {
        this(ruleId, severity, message, location, dataset, value, clause, extras, null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, dataset, value, clause, extras, suppression);
    }

    /**
     * The finding with what is really wrong added to its message, in both languages ("…; found '2014-01-15'
     * (the value is a literal of type xsd:string, not xsd:date)"), where the rule's message alone would
     * assume another cause.
     */
    public Finding withCause(LocalizedText cause) {
        return new Finding(ruleId, severity, new LocalizedText(message.th() + " (" + cause.th() + ")", message.en() + " (" + cause.en() + ")"),
                location, dataset, value, clause, extras, suppression);
    }

    public Finding withSuppression(Suppression newSuppression) {
        return new Finding(ruleId, severity, message, location, dataset, value, clause, extras, newSuppression);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /**
     * A fingerprint that survives edits elsewhere in the file, reformatting and reordering of records:
     * rule id, source, dataset and JSON Pointer; never line numbers. 32 hex digits.
     */
    public String fingerprint() {
        String key = ruleId + "\u0000" + location.source() + "\u0000" + Objects.toString(dataset, "")
                + "\u0000" + Objects.toString(location.pointer(), "");
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
