package io.github.govmeta.core.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.canonical.Canonicalizer;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.JsonText;
import io.github.govmeta.core.input.RecordSink;
import io.github.govmeta.core.input.SourceReader;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileRepository;
import io.github.govmeta.core.TestRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exported schema stands alone: Ajv 8 (an independent JSON Schema implementation, in strict mode,
 * installed from npm by the build into {@code src/test/ajv}) compiles it with no other file, and agrees
 * with govmeta on every example of the profile (in the canonical form govmeta's schemas check): each
 * valid example is valid, each example that breaks a rule JSON Schema can express is invalid. Rules
 * govmeta checks with {@code x-compare} (two fields compared) are named in a {@code $comment} only.
 */
class SchemaExportTest {
    private static final Path NODE_MODULES = Path.of("src/test/ajv/node_modules/ajv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    static Profile profile(String ref) {
        ProfileRepository repo = new ProfileRepository();
        return ref.startsWith("profiles/") ? repo.directory(TestRecords.ROOT.resolve("validator-core/src/test/resources").resolve(ref))
                : repo.bundled(ref);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"th-gdc@1.0.0", "th-gdc-governance@1.0.0", "profiles/agency-oic"})
    void theExportHasNoExternalReferenceAndCarriesTheCataloguesTexts(String ref) {
        Profile profile = profile(ref);
        JsonNode schema = SchemaExport.of(profile).schema();

        List<String> refs = new ArrayList<>();
        List<String> govmetaKeys = new ArrayList<>();
        walk(schema, refs, govmetaKeys);
        assertThat(refs).isNotEmpty().allMatch(r -> r.startsWith("#/") || r.equals("#"));
        assertThat(govmetaKeys).isEmpty();
        for (String r : refs) {
            assertThat(schema.at(r.substring(1)).isObject()).as(r + " resolves in the bundle").isTrue();
        }

        // an extension's entry schema refers to its base's, which holds the base's fields
        JsonNode fields = schema.has("properties") && schema.at("/properties/title").isObject() ? schema
                : schema.at(schema.path("$ref").asString().substring(1));
        JsonNode title = fields.at("/properties/title");
        assertThat(title.path("title").asString()).isEqualTo("ชื่อชุดข้อมูล · Dataset Name");
        assertThat(title.path("description").asString()).contains("GDC-REQ-title: ต้องระบุชื่อชุดข้อมูล / Dataset Name is required");
        assertThat(title.path("markdownDescription").asString()).contains("- `GDC-REQ-title` (error)");
        JsonNode unit = fields.at("/properties/update_frequency_unit");
        assertThat(unit.path("$comment").asString()).startsWith("govmeta rule GDC-VOCAB-update_frequency_unit (error)");
        JsonNode list = deref(schema, unit);
        assertThat(list.path("enum").get(1).asString()).isEqualTo("ปี");
        assertThat(list.path("enumDescriptions").get(1).asString()).isEqualTo("ปี · Year");
        JsonNode types = deref(schema, fields.at("/properties/data_type")).path("enum");
        assertThat(schema.path("defaultSnippets")).hasSize(types.size()).hasSizeGreaterThanOrEqualTo(5);
        JsonNode statistics = null;
        for (JsonNode snippet : schema.path("defaultSnippets")) {
            if (snippet.at("/body/data_type").asString().equals("ข้อมูลสถิติ")) {
                statistics = snippet.path("body");
            }
        }
        assertThat(statistics).isNotNull();
        assertThat(statistics.path("data_type").asString()).isEqualTo("ข้อมูลสถิติ");
        assertThat(statistics.path("update_frequency_unit").asString()).startsWith("${").contains("|ไม่ทราบ,ปี,ครึ่งปี,");
        assertThat(statistics.path("tags").get(0).has("name")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"th-gdc@1.0.0", "th-gdc-governance@1.0.0", "profiles/agency-oic"})
    void ajvAgreesWithGovmetaOnEveryExampleOfTheProfile(String ref) throws Exception {
        assertThat(Files.isDirectory(NODE_MODULES)).as("Ajv in " + NODE_MODULES.toAbsolutePath()
                + " (the build installs it with npm ci in src/test/ajv)").isTrue();
        Profile profile = profile(ref);
        SchemaExport export = SchemaExport.of(profile);
        Path schemaFile = dir.resolve(export.fileName());
        Files.writeString(schemaFile, export.text(), StandardCharsets.UTF_8);

        Set<String> compared = comparedRules(profile);
        Canonicalizer canonical = new Canonicalizer(profile.canonicalize());
        ArrayNode records = JsonNodeFactory.instance.arrayNode();
        Map<String, Boolean> expected = new HashMap<>();
        CheckedProfile checked = new CheckedProfile(profile, new ProfileFindings(profile.folder()));
        for (CheckedProfile.RuleTests tests : checked.tests()) {
            for (CheckedProfile.Case c : tests.cases()) {
                if (c.rdf() || c.record() == null) {
                    continue;
                }
                String name = tests.ruleId() + ": " + c.name();
                boolean valid = c.expect().isEmpty();
                boolean expressible = c.expect().stream().anyMatch(id -> !compared.contains(id) && !id.startsWith("GOVMETA-"));
                if (!valid && !expressible) {
                    continue;
                }
                ObjectNode item = records.addObject();
                item.put("name", name);
                item.set("record", canonical.canonicalize(c.record()).node());
                expected.put(name, valid);
            }
        }
        if (ref.equals("th-gdc@1.0.0")) {
            // and the repository's valid examples, every form they are written in (YAML, package_show, web form)
            try (var files = Files.list(TestRecords.ROOT.resolve("examples/valid"))) {
                for (Path file : files.sorted().toList()) {
                    new SourceReader(InputLimits.DEFAULT).read(InputSource.file(file, file.getFileName().toString()), new RecordSink() {
                        @Override
                        public void record(SourceRecord record) {
                            String name = record.source() + " #" + (record.index() + 1);
                            ObjectNode item = records.addObject();
                            item.put("name", name);
                            item.set("record", canonical.canonicalize(record.node()).node());
                            expected.put(name, true);
                        }

                        @Override
                        public void problem(InputProblem problem) {
                            throw new AssertionError(file + ": " + problem);
                        }
                    });
                }
            }
        }
        Path recordsFile = dir.resolve("records.json");
        Files.writeString(recordsFile, JSON.writeValueAsString(records), StandardCharsets.UTF_8);

        Process p = new ProcessBuilder("node", Path.of("src/test/ajv/check.mjs").toAbsolutePath().toString(),
                schemaFile.toString(), recordsFile.toString()).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(p.exitValue()).as("node check.mjs: " + err).isZero();

        JsonNode results = JsonText.parse(new String(out, StandardCharsets.UTF_8));
        assertThat(results).hasSize(expected.size());
        assertThat(expected.size()).isGreaterThan(10);
        List<String> disagreements = new ArrayList<>();
        for (JsonNode r : results) {
            String name = r.path("name").asString();
            if (r.path("valid").asBoolean() != expected.get(name)) {
                disagreements.add(name + " (govmeta: " + (expected.get(name) ? "valid" : "invalid") + ", Ajv: " + r.path("errors") + ")");
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** The schema a node refers to, following {@code $ref}s within the bundle until one holds an {@code enum}. */
    private static JsonNode deref(JsonNode bundle, JsonNode node) {
        JsonNode at = node;
        for (int i = 0; i < 10 && !at.has("enum") && at.has("$ref"); i++) {
            at = bundle.at(at.get("$ref").asString().substring(1));
        }
        return at;
    }

    /** Rules checked by {@code x-compare}, which the export cannot carry. */
    private static Set<String> comparedRules(Profile profile) {
        Set<String> out = new HashSet<>();
        profile.schemas().values().forEach(text -> collectCompared(JsonText.parse(text), out));
        return out;
    }

    /** Adds the rule of each {@code x-compare}: the nearest {@code x-rule} on its path. */
    private static void collectCompared(JsonNode node, Set<String> out) {
        collectCompared(node, null, out);
    }

    private static void collectCompared(JsonNode node, String rule, Set<String> out) {
        if (node.isObject()) {
            String here = node.path("x-rule").isString() ? node.get("x-rule").asString() : rule;
            if (node.has("x-compare") && here != null) {
                out.add(here);
            }
            node.properties().forEach(e -> collectCompared(e.getValue(), here, out));
        } else if (node.isArray()) {
            node.forEach(n -> collectCompared(n, rule, out));
        }
    }

    private static void walk(JsonNode node, List<String> refs, List<String> govmetaKeys) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref") || e.getKey().equals("$dynamicRef")) {
                    refs.add(e.getKey().equals("$ref") ? e.getValue().asString() : "dynamic:" + e.getValue().asString());
                }
                if (e.getKey().startsWith("x-")) {
                    govmetaKeys.add(e.getKey());
                }
                if (!e.getKey().equals("defaultSnippets") && !e.getKey().equals("enum") && !e.getKey().equals("const")) {
                    walk(e.getValue(), refs, govmetaKeys);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, refs, govmetaKeys));
        }
    }
}
