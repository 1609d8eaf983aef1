package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.ProfileFolder;
import io.github.govmeta.core.profile.Yaml;
import io.github.govmeta.core.profile.ProfileModel;
import io.github.govmeta.core.quality.QualityModel.Count;
import io.github.govmeta.core.quality.QualityModel.Criterion;
import io.github.govmeta.core.quality.QualityModel.Level;
import io.github.govmeta.core.quality.QualityModel.Metric;
import io.github.govmeta.core.rdf.DcatMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads the quality models a profile declares ({@code quality:} in {@code profile.yaml}) and checks them
 * against the profile: every kind, list, choice list and period is known, and a metric that names a DCAT
 * property reads the CKAN fields the profile's DCAT mapping feeds it from (none: the property cannot be
 * stated in the CKAN form). Every problem is a {@link ProfileException} naming the file, dimension and metric.
 *
 * @param models       the models, in the order the profile lists them
 * @param lists        the named value lists the models read, by name
 * @param vocabularies the profile's choice lists, by name (what {@code in-vocabulary} reads)
 * @param mapping      the profile's CKAN → DCAT mapping, or null when it has none
 */
public record QualityModels(List<QualityModel> models, Map<String, List<String>> lists, Map<String, List<String>> vocabularies,
                            DcatMapping mapping) {
    private static final Set<String> METRIC_KEYS = Set.of("id", "points", "kind", "fields", "property", "level", "count",
            "when", "criterion", "th", "en", "note");
    private static final Map<Measurement, Set<String>> PARAMS = Map.of(
            Measurement.PRESENT, Set.of("match"),
            Measurement.NO_FINDINGS, Set.of("rules", "severity"),
            Measurement.IN_VOCABULARY, Set.of("vocabulary", "except"),
            Measurement.IN_LIST, Set.of("list"),
            Measurement.MATCHES, Set.of("pattern"),
            Measurement.FRESH, Set.of("unit", "interval", "periods"),
            Measurement.FORMAT_MATCHES_URL, Set.of("aliases"),
            Measurement.URL_ANSWERS, Set.of());

    public QualityModels {
        models = List.copyOf(models);
        lists = Map.copyOf(lists);
        vocabularies = Map.copyOf(vocabularies);
    }

    /**
     * The models of {@code profile} (its own, else its nearest base's).
     *
     * @throws ProfileException when the profile declares none, or a model file is wrong
     */
    public static QualityModels of(Profile profile) {
        return of(profile, profile.hasDcatMapping() ? DcatMapping.of(profile) : null,
                ProfileFolder::open);
    }

    /**
     * The models of {@code profile}, with its DCAT mapping already read and its files opened by {@code open}
     * (a caller that reads each file once, such as {@code profile check}).
     *
     * @param mapping the profile's mapping, or null when it has none
     * @throws ProfileException when the profile declares none, or a model file is wrong
     */
    public static QualityModels of(Profile profile, DcatMapping mapping,
                                   BiFunction<ProfileFolder, String, InputStream> open) {
        Profile owner = profile.qualityProfile();
        if (owner == null) {
            throw new ProfileException("profile " + profile.ref() + " declares no quality models (quality: in profile.yaml)");
        }
        ProfileFolder folder = owner.folder();
        Map<String, List<String>> vocabularies = new TreeMap<>();
        ProfileModel.of(profile).vocabularies().forEach((name, field) -> vocabularies.put(name, List.copyOf(field.values())));
        Map<String, List<String>> lists = new TreeMap<>();
        List<QualityModel> models = new ArrayList<>();
        for (String file : owner.quality()) {
            String where = folder.describe(file);
            Map<String, Object> m = Yaml.map(load(folder, file, open), where);
            String listsFile = str(m, "lists", null);
            if (listsFile != null) {
                String path = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) + listsFile : listsFile;
                Yaml.map(load(folder, path, open), folder.describe(path)).forEach((k, v) -> lists.put(k, strings(v, folder.describe(path) + " " + k)));
            }
            List<QualityModel.Dimension> dimensions = new ArrayList<>();
            for (Object d : list(m.get("dimensions"), where + " dimensions")) {
                Map<String, Object> dm = Yaml.map(d, where + " dimension");
                String dimWhere = where + " dimension " + str(dm, "id", "?");
                List<Metric> metrics = new ArrayList<>();
                for (Object x : list(dm.get("metrics"), dimWhere + " metrics")) {
                    Map<String, Object> xm = Yaml.map(x, dimWhere + " metric");
                    metrics.add(metric(xm, dimWhere + " metric " + str(xm, "id", "?"), lists, vocabularies, mapping));
                }
                dimensions.add(new QualityModel.Dimension(required(dm, "id", dimWhere), text(dm, dimWhere),
                        number(dm, "points", dimWhere), metrics));
            }
            List<QualityModel.Band> bands = new ArrayList<>();
            for (Object b : list(m.get("bands"), where + " bands")) {
                Map<String, Object> bm = Yaml.map(b, where + " band");
                bands.add(new QualityModel.Band(required(bm, "id", where + " band"), text(bm, where + " band"), number(bm, "min", where + " band")));
            }
            if (bands.isEmpty() || bands.get(bands.size() - 1).min() != 0) {
                throw new ProfileException(where + " bands: the last band must start at 0");
            }
            Map<String, Object> title = Yaml.map(m.get("title"), where + " title");
            models.add(new QualityModel(required(m, "id", where), text(title, where + " title"), str(m, "source", ""), dimensions, bands,
                    where, strings(m.get("ckanFields"), where + " ckanFields")));
        }
        return new QualityModels(models, lists, vocabularies, mapping);
    }

    private static Metric metric(Map<String, Object> m, String where, Map<String, List<String>> lists,
                                 Map<String, List<String>> vocabularies, DcatMapping dcat) {
        String kindName = required(m, "kind", where);
        Measurement kind = Measurement.parse(kindName);
        if (kind == null) {
            throw new ProfileException(where + ": unknown kind '" + kindName + "' (expected one of "
                    + String.join(", ", java.util.Arrays.stream(Measurement.values()).map(Measurement::id).toList()) + ")");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!METRIC_KEYS.contains(k)) {
                if (!PARAMS.get(kind).contains(k)) {
                    throw new ProfileException(where + ": unknown key '" + k + "' for kind " + kind.id()
                            + (PARAMS.get(kind).isEmpty() ? "" : " (expected " + String.join(", ", PARAMS.get(kind).stream().sorted().toList()) + ")"));
                }
                params.put(k, v);
            }
        });
        String property = str(m, "property", null);
        List<String> fields = strings(m.get("fields"), where + " fields");
        Level level = enumOf(Level.class, str(m, "level", "dataset"), where + " level");
        if (property != null) {
            if (dcat == null) {
                throw new ProfileException(where + ": names the DCAT property " + property + " but the profile has no DCAT mapping");
            }
            String distribution = dcat.resourcePath() + "/";
            level = property.startsWith(distribution) ? Level.DISTRIBUTION : Level.DATASET;
            String path = level == Level.DISTRIBUTION ? property.substring(distribution.length()) : property;
            Map<String, DcatMapping.Field> source = level == Level.DISTRIBUTION ? dcat.resourceFields() : dcat.fields();
            List<String> mapped = new ArrayList<>();
            source.forEach((field, f) -> {
                if (f.path().equals(path) || f.path().startsWith(path + "/")) {
                    mapped.add(field);
                    if (kind == Measurement.IN_VOCABULARY && f.scheme() != null) {
                        params.putIfAbsent("vocabulary", f.scheme());
                    }
                }
            });
            fields = mapped;
        }
        if (kind == Measurement.IN_VOCABULARY && !fields.isEmpty()) {
            params.putIfAbsent("vocabulary", fields.get(0));
        }
        check(kind, params, fields, property, where, lists, vocabularies);
        Map<String, List<String>> when = new TreeMap<>();
        Yaml.optMap(m.get("when"), where + " when").forEach((k, v) -> when.put(k, strings(v, where + " when " + k)));
        return new Metric(required(m, "id", where), text(m, where), number(m, "points", where), kind, fields, property, level,
                enumOf(Count.class, str(m, "count", "share"), where + " count"), params, when,
                enumOf(Criterion.class, required(m, "criterion", where), where + " criterion"), str(m, "note", ""));
    }

    /** The kind's parameters make sense for this profile. */
    private static void check(Measurement kind, Map<String, Object> params, List<String> fields, String property, String where,
                              Map<String, List<String>> lists, Map<String, List<String>> vocabularies) {
        int needs = switch (kind) {
            case NO_FINDINGS, URL_ANSWERS -> 0;
            case FORMAT_MATCHES_URL -> 2;
            default -> 1;
        };
        if (fields.size() < needs && property == null) {
            throw new ProfileException(where + ": kind " + kind.id() + " needs " + needs + " field(s) in 'fields'");
        }
        switch (kind) {
            case IN_LIST -> {
                if (!lists.containsKey(String.valueOf(params.get("list")))) {
                    throw new ProfileException(where + ": no list '" + params.get("list") + "' (lists: " + String.join(", ", lists.keySet()) + ")");
                }
            }
            case IN_VOCABULARY -> {
                if (params.containsKey("vocabulary") && !vocabularies.containsKey(String.valueOf(params.get("vocabulary")))) {
                    throw new ProfileException(where + ": the profile has no choice list '" + params.get("vocabulary") + "'");
                }
            }
            case MATCHES -> {
                try {
                    Pattern.compile(String.valueOf(params.get("pattern")));
                } catch (PatternSyntaxException e) {
                    throw new ProfileException(where + ": pattern: " + e.getDescription());
                }
            }
            case FRESH -> {
                if (params.get("unit") == null || !(params.get("periods") instanceof Map<?, ?> periods)) {
                    throw new ProfileException(where + ": kind fresh needs 'unit' and 'periods'");
                }
                periods.forEach((unit, p) -> {
                    try {
                        Period.parse(String.valueOf(p));
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new ProfileException(where + ": period of '" + unit + "' is not an ISO 8601 period: " + p);
                    }
                });
            }
            case NO_FINDINGS -> {
                try {
                    Severity.parse(String.valueOf(params.getOrDefault("severity", "error")));
                } catch (IllegalArgumentException e) {
                    throw new ProfileException(where + ": severity: " + e.getMessage());
                }
            }
            default -> { }
        }
    }

    private static Object load(ProfileFolder folder, String file, BiFunction<ProfileFolder, String, InputStream> open) {
        try (InputStream in = open.apply(folder, file)) {
            return new Load(LoadSettings.builder().setLabel(folder.describe(file)).build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof ProfileException pe) {
                throw pe;
            }
            throw new ProfileException(folder.describe(file) + ": " + e.getMessage(), e);
        }
    }

    private static List<?> list(Object o, String where) {
        if (o instanceof List<?> l) {
            return l;
        }
        throw new ProfileException(where + ": expected a list");
    }

    private static List<String> strings(Object o, String where) {
        return o == null ? List.of() : list(o, where).stream().map(String::valueOf).toList();
    }

    private static String str(Map<String, Object> m, String key, String fallback) {
        Object v = m.get(key);
        return v == null ? fallback : String.valueOf(v);
    }

    private static String required(Map<String, Object> m, String key, String where) {
        String v = str(m, key, null);
        if (v == null || v.isBlank()) {
            throw new ProfileException(where + ": '" + key + "' is missing");
        }
        return v;
    }

    private static double number(Map<String, Object> m, String key, String where) {
        if (m.get(key) instanceof Number n && n.doubleValue() >= 0) {
            return n.doubleValue();
        }
        throw new ProfileException(where + ": '" + key + "' must be a number of 0 or more");
    }

    private static LocalizedText text(Map<String, Object> m, String where) {
        return new LocalizedText(required(m, "th", where), required(m, "en", where));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProfileException(where + ": unknown value '" + value + "' (expected "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + ")");
        }
    }
}
