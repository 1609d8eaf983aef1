package io.github.govmeta.core.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.RecordSink;
import io.github.govmeta.core.input.SourceFormats;
import io.github.govmeta.core.input.SourceReader;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds and reads {@code .govmeta.yaml}: safely (the YAML reader's limits, tighter), checked against the
 * bundled configuration schema {@code govmeta/config.schema.json}; every mistake is reported with its
 * line and column and, for a misspelt key or rule id, a suggestion. Thread-safe.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".govmeta.yaml";
    private static final String SCHEMA_ID = "https://govmeta.github.io/schemas/config/1/config.schema.json";
    private static final InputLimits LIMITS = new InputLimits(16, 10_000, 1024 * 1024, 10, 1024 * 1024);

    /**
     * The configuration schema, compiled at the first file read: a run without a configuration file
     * ({@link #find}, {@link #checkRuleIds}) does not pay for it at start-up.
     */
    private static final class ConfigSchema {
        static final String TEXT = resource("govmeta/config.schema.json");
        static final JsonNode JSON = JsonMapper.builder().build().readTree(TEXT);
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(SCHEMA_ID, TEXT))).getSchema(SchemaLocation.of(SCHEMA_ID));

        private ConfigSchema() {}
    }

    /** The nearest {@code .govmeta.yaml} in {@code start} or one of its parents. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @throws ConfigException listing every problem of the file
     */
    public GovmetaConfig load(Path file) {
        String name = file.toString();
        List<ConfigProblem> problems = new ArrayList<>();
        List<SourceRecord> records = new ArrayList<>();
        new SourceReader(LIMITS).read(new InputSource(name, SourceFormats.named("yaml"), () -> open(file)), new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                records.add(record);
            }

            @Override
            public void problem(InputProblem p) {
                if (!p.ruleId().equals("GOVMETA-INPUT-EMPTY")) {
                    problems.add(new ConfigProblem(name, p.position(), "not readable: " + p.ruleId()
                            + p.args().values().stream().map(v -> ": " + v).findFirst().orElse("")));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        if (records.isEmpty()) {
            return withFile(GovmetaConfig.none(), file);
        }
        if (records.size() > 1) {
            throw new ConfigException(List.of(new ConfigProblem(name, records.get(1).start(),
                    "a configuration file holds one mapping, not a list or several documents")));
        }
        SourceRecord doc = records.get(0);
        for (Error e : ConfigSchema.SCHEMA.validate(doc.node(), ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))) {
            problems.add(problem(name, doc, e));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return toConfig(file, doc);
    }

    /**
     * Checks that every rule id the configuration names exists.
     *
     * @throws ConfigException naming each unknown id with the closest known one
     */
    public static void checkRuleIds(GovmetaConfig config, RuleCatalog rules) {
        Set<String> known = new TreeSet<>();
        rules.all().stream().map(Rule::id).forEach(known::add);
        List<ConfigProblem> problems = new ArrayList<>();
        String name = String.valueOf(config.file());
        config.rules().keySet().stream().sorted().filter(id -> !known.contains(id)).forEach(id ->
                problems.add(new ConfigProblem(name, config.positions().find("/rules/" + id),
                        "unknown rule id '" + id + "' in rules" + DidYouMean.hint(id, known))));
        for (int i = 0; i < config.overrides().size(); i++) {
            GovmetaConfig.Override o = config.overrides().get(i);
            String prefix = "/overrides/" + i + "/rules/";
            o.rules().keySet().stream().sorted().filter(id -> !known.contains(id)).forEach(id ->
                    problems.add(new ConfigProblem(name, config.positions().find(prefix + id),
                            "unknown rule id '" + id + "' in overrides" + DidYouMean.hint(id, known))));
        }
        for (GovmetaConfig.SuppressionEntry s : config.suppressions()) {
            if (!known.contains(s.rule())) {
                problems.add(new ConfigProblem(name, s.at(), "unknown rule id '" + s.rule() + "' in suppressions" + DidYouMean.hint(s.rule(), known)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    private static ConfigProblem problem(String name, SourceRecord doc, Error e) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < e.getInstanceLocation().getNameCount(); i++) {
            pointer.append('/').append(e.getInstanceLocation().getElement(i));
        }
        String where = pointer.length() == 0 ? "the file" : pointer.toString();
        String keyword = String.valueOf(e.getKeyword());
        JsonNode value = e.getInstanceNode();
        String message = switch (keyword) {
            case "additionalProperties" -> {
                String key = e.getProperty();
                pointer.append('/').append(key);
                yield "unknown key '" + key + "' in " + where + DidYouMean.hint(key, allowedKeys(e));
            }
            case "required" -> "'" + e.getProperty() + "' is missing in " + where;
            case "enum" -> where + ": '" + (value == null ? "" : value.asString(value.toString())) + "' is not one of "
                    + String.join(", ", enumValues(e));
            case "type" -> where + ": wrong type (" + e.getMessage().replaceFirst("^[^:]*: ", "") + ")";
            case "format" -> where + ": '" + (value == null ? "" : value.asString()) + "' is not a date (YYYY-MM-DD)";
            case "propertyNames" -> where + ": '" + (value == null ? "" : value.asString()) + "' is not a rule id";
            default -> e.getMessage();
        };
        return new ConfigProblem(name, doc.positions().find(pointer.toString()), message);
    }

    private static List<String> allowedKeys(Error e) {
        JsonNode parent = schemaParent(e);
        List<String> keys = new ArrayList<>();
        if (parent != null) {
            parent.path("properties").propertyNames().forEach(keys::add);
        }
        return keys;
    }

    private static List<String> enumValues(Error e) {
        List<String> values = new ArrayList<>();
        if (e.getSchemaNode() != null) {
            e.getSchemaNode().forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    /** The schema object holding the failing keyword. */
    private static JsonNode schemaParent(Error e) {
        var fragment = e.getSchemaLocation().getFragment();
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            p.append('/').append(fragment.getElement(i));
        }
        JsonNode node = ConfigSchema.JSON.at(p.toString());
        return node.isMissingNode() ? null : node;
    }

    private static GovmetaConfig toConfig(Path file, SourceRecord doc) {
        JsonNode n = doc.node();
        Path dir = file.toAbsolutePath().getParent();
        List<GovmetaConfig.Override> overrides = new ArrayList<>();
        JsonNode os = n.path("overrides");
        for (int i = 0; i < os.size(); i++) {
            overrides.add(new GovmetaConfig.Override(os.get(i).get("files").asString(), settings(os.get(i).get("rules")),
                    doc.positions().find("/overrides/" + i)));
        }
        List<GovmetaConfig.SuppressionEntry> suppressions = new ArrayList<>();
        JsonNode ss = n.path("suppressions");
        for (int i = 0; i < ss.size(); i++) {
            JsonNode s = ss.get(i);
            suppressions.add(new GovmetaConfig.SuppressionEntry(s.get("rule").asString(), text(s, "files"),
                    text(s, "dataset"), text(s, "pointer"), s.get("reason").asString(),
                    s.has("until") ? LocalDate.parse(s.get("until").asString()) : null,
                    doc.positions().find("/suppressions/" + i)));
        }
        return new GovmetaConfig(file, text(n, "profile"),
                n.has("profileDirectory") ? dir.resolve(n.get("profileDirectory").asString()) : null,
                n.has("lang") ? Lang.parse(n.get("lang").asString()) : null, text(n, "failOn"),
                strings(n.path("include")), strings(n.path("exclude")),
                n.has("baseline") ? dir.resolve(n.get("baseline").asString()) : null,
                settings(n.get("rules")), overrides, suppressions, doc.positions(), policy(n.path("policy")),
                contexts(n.path("jsonldContexts"), dir));
    }

    /** The {@code policy:} section, already checked against the configuration schema. */
    private static io.github.govmeta.core.checks.AgencyPolicy policy(JsonNode p) {
        if (!p.isObject()) {
            return io.github.govmeta.core.checks.AgencyPolicy.NONE;
        }
        return new io.github.govmeta.core.checks.AgencyPolicy(
                p.has("reviewPeriodMonths") ? p.get("reviewPeriodMonths").asInt() : null,
                p.has("contactDomains") ? strings(p.get("contactDomains")) : null,
                p.has("publicLevels") ? strings(p.get("publicLevels")) : null,
                p.has("requiredRoles") ? strings(p.get("requiredRoles")) : null);
    }

    /** {@code jsonldContexts:}, IRI → file relative to the configuration's folder (read and checked when a run opens). */
    private static Map<String, Path> contexts(JsonNode map, Path dir) {
        Map<String, Path> out = new LinkedHashMap<>();
        map.properties().forEach(e -> out.put(e.getKey(), dir.resolve(e.getValue().asString()).normalize()));
        return out;
    }

    private static Map<String, String> settings(JsonNode rules) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rules != null) {
            rules.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        }
        return out;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(v.asString()));
        return out;
    }

    private static String text(JsonNode n, String key) {
        return n.has(key) ? n.get(key).asString() : null;
    }

    private static GovmetaConfig withFile(GovmetaConfig c, Path file) {
        return new GovmetaConfig(file, c.profile(), c.profileDirectory(), c.lang(), c.failOn(), c.include(),
                c.exclude(), c.baseline(), c.rules(), c.overrides(), c.suppressions(), c.positions(), c.policy(), c.jsonldContexts());
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
