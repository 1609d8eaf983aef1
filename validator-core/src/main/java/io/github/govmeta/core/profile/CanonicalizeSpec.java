package io.github.govmeta.core.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a profile turns CKAN's several input forms into the one form its schemas check
 * ({@code canonicalize:} in {@code profile.yaml}). Immutable.
 */
public record CanonicalizeSpec(
        Set<String> multiChoice, Set<String> booleanStrings, Set<String> numbers, Set<String> strings,
        String tagsFrom, String tagsTo,
        Set<String> resourceMultiChoice, Set<String> resourceBooleanStrings, Set<String> resourceNumbers,
        Set<String> resourceStrings) {

    public static final CanonicalizeSpec NONE = new CanonicalizeSpec(Set.of(), Set.of(), Set.of(), Set.of(), null, null,
            Set.of(), Set.of(), Set.of(), Set.of());

    static CanonicalizeSpec read(Map<String, Object> m, String where) {
        Map<String, Object> tags = Yaml.optMap(m.get("tags"), where + " tags");
        return new CanonicalizeSpec(
                set(m, "multiChoice", where), set(m, "booleanStrings", where), set(m, "numbers", where),
                set(m, "strings", where),
                tags.isEmpty() ? null : Yaml.string(tags, "from", where + " tags"),
                tags.isEmpty() ? null : Yaml.string(tags, "to", where + " tags"),
                set(m, "resourceMultiChoice", where), set(m, "resourceBooleanStrings", where),
                set(m, "resourceNumbers", where), set(m, "resourceStrings", where));
    }

    /** The union of both specs: an extension adds to its base. */
    public CanonicalizeSpec plus(CanonicalizeSpec o) {
        return new CanonicalizeSpec(union(multiChoice, o.multiChoice), union(booleanStrings, o.booleanStrings),
                union(numbers, o.numbers), union(strings, o.strings),
                o.tagsFrom != null ? o.tagsFrom : tagsFrom, o.tagsTo != null ? o.tagsTo : tagsTo,
                union(resourceMultiChoice, o.resourceMultiChoice), union(resourceBooleanStrings, o.resourceBooleanStrings),
                union(resourceNumbers, o.resourceNumbers), union(resourceStrings, o.resourceStrings));
    }

    private static Set<String> set(Map<String, Object> m, String key, String where) {
        List<String> l = Yaml.stringList(m.get(key), where + " " + key);
        return Set.copyOf(new TreeSet<>(l));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> u = new TreeSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
