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
        Set<String> resourceStrings, Map<String, Map<String, String>> values, Map<String, String> fill) {

    public static final CanonicalizeSpec NONE = new CanonicalizeSpec(Set.of(), Set.of(), Set.of(), Set.of(), null, null,
            Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of());

    /**
     * @param values per field, the spellings read as another value ({@code values: {field: {spelling: value}}}:
     *               the forks' Thai classification levels read as the governance add-on's codes)
     * @param fill   per field, the field whose value it takes when it is absent ({@code fill: {disclosure:
     *               data_classification}}); findings on it point at the field it was taken from
     */
    public CanonicalizeSpec {
        values = Map.copyOf(new java.util.TreeMap<>(values));
        fill = Map.copyOf(new java.util.TreeMap<>(fill));
    }

    static CanonicalizeSpec read(Map<String, Object> m, String where) {
        Map<String, Object> tags = Yaml.optMap(m.get("tags"), where + " tags");
        return new CanonicalizeSpec(
                set(m, "multiChoice", where), set(m, "booleanStrings", where), set(m, "numbers", where),
                set(m, "strings", where),
                tags.isEmpty() ? null : Yaml.string(tags, "from", where + " tags"),
                tags.isEmpty() ? null : Yaml.string(tags, "to", where + " tags"),
                set(m, "resourceMultiChoice", where), set(m, "resourceBooleanStrings", where),
                set(m, "resourceNumbers", where), set(m, "resourceStrings", where),
                values(Yaml.optMap(m.get("values"), where + " values"), where + " values"),
                strings(Yaml.optMap(m.get("fill"), where + " fill")));
    }

    private static Map<String, Map<String, String>> values(Map<String, Object> m, String where) {
        Map<String, Map<String, String>> out = new java.util.TreeMap<>();
        m.forEach((field, spellings) -> out.put(field, Map.copyOf(strings(Yaml.map(spellings, where + " " + field)))));
        return out;
    }

    private static Map<String, String> strings(Map<String, Object> m) {
        Map<String, String> out = new java.util.TreeMap<>();
        m.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    private static <V> Map<String, V> merged(Map<String, V> a, Map<String, V> b) {
        Map<String, V> out = new java.util.TreeMap<>(a);
        out.putAll(b);
        return out;
    }

    /** The union of both specs: an extension adds to its base. */
    public CanonicalizeSpec plus(CanonicalizeSpec o) {
        return new CanonicalizeSpec(union(multiChoice, o.multiChoice), union(booleanStrings, o.booleanStrings),
                union(numbers, o.numbers), union(strings, o.strings),
                o.tagsFrom != null ? o.tagsFrom : tagsFrom, o.tagsTo != null ? o.tagsTo : tagsTo,
                union(resourceMultiChoice, o.resourceMultiChoice), union(resourceBooleanStrings, o.resourceBooleanStrings),
                union(resourceNumbers, o.resourceNumbers), union(resourceStrings, o.resourceStrings),
                merged(values, o.values), merged(fill, o.fill));
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
