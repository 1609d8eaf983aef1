package io.github.govmeta.core.quality;

import io.github.govmeta.core.quality.QualityModel.Metric;
import java.util.List;
import java.util.Map;

/** Typed reads of a metric's parameters, already checked by {@link QualityModels} when the model was read. */
final class Params {
    private Params() {}

    static String string(Metric m, String key, String fallback) {
        Object v = m.params().get(key);
        return v == null ? fallback : String.valueOf(v);
    }

    static List<String> strings(Metric m, String key, List<String> fallback) {
        return m.params().get(key) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : fallback;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Metric m, String key) {
        return m.params().get(key) instanceof Map<?, ?> v ? (Map<String, Object>) v : Map.of();
    }

    static List<List<String>> lists(Metric m, String key) {
        return m.params().get(key) instanceof List<?> l
                ? l.stream().map(x -> x instanceof List<?> y ? y.stream().map(String::valueOf).toList() : List.of(String.valueOf(x))).toList()
                : List.of();
    }

    /** Whether {@code id} matches one of the globs ({@code *} stands for any text). */
    static boolean matchesAny(List<String> globs, String id) {
        for (String g : globs) {
            String regex = ("\\Q" + g + "\\E").replace("*", "\\E.*\\Q");
            if (id.matches(regex)) {
                return true;
            }
        }
        return false;
    }
}
