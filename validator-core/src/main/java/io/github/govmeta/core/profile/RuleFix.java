package io.github.govmeta.core.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The repair a rule declares safe ({@code fix:} in {@code rules.yaml}), as profile data: one kind of a
 * closed set and that kind's parameters. {@code govmeta fix} applies it; {@code profile check} proves
 * the declaration sound. Immutable.
 *
 * <pre>
 * fix: buddhist-era-date                        # shorthand: the kind alone
 * fix: {kind: choice, aliases: {รายปี: ปี}}      # a kind with parameters
 * </pre>
 *
 * @param kind    the kind as written (one of {@link #KINDS} in a sound profile)
 * @param aliases {@code choice} only: values an agency writes that mean one stored value, to that value
 */
public record RuleFix(String kind, Map<String, String> aliases) {
    /** A Buddhist-era year leading an ISO date becomes the Christian-era year (the profile's {@code buddhistEra}). */
    public static final String BUDDHIST_ERA_DATE = "buddhist-era-date";
    /**
     * A value of a choice list written as a variant of one stored value: another case or spacing, a Thai
     * or English label of the list ({@code x-labels}), or a declared alias.
     */
    public static final String CHOICE = "choice";
    /** Surrounding white space removed, full-width and Thai digits written as ASCII digits. */
    public static final String CLEANUP = "cleanup";
    /** Every kind govmeta knows, in the order the README lists them. */
    public static final List<String> KINDS = List.of(BUDDHIST_ERA_DATE, CHOICE, CLEANUP);

    public RuleFix {
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    /** Whether govmeta knows the kind (else the fix is never applied, and {@code profile check} says why). */
    public boolean known() {
        return KINDS.contains(kind);
    }

    /**
     * Reads a rule's {@code fix:} value: a kind name, or a map with {@code kind} and its parameters.
     *
     * @throws ProfileException when it is neither
     */
    static RuleFix read(Object value, String where) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return new RuleFix(s, Map.of());
        }
        Map<String, Object> m = Yaml.map(value, where);
        String kind = Yaml.string(m, "kind", where);
        Map<String, String> aliases = new LinkedHashMap<>();
        Yaml.optMap(m.get("aliases"), where + " aliases").forEach((k, v) -> aliases.put(k, String.valueOf(v)));
        return new RuleFix(kind, aliases);
    }
}
