package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.canonical.Canonicalizer;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.JsonMergePatch;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.rdf.DcatConverter;
import io.github.govmeta.core.rdf.DcatMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import io.github.govmeta.core.rdf.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rulebook for both forms, for every bundled profile with a DCAT form: each of its CKAN examples is
 * checked as CKAN JSON with the JSON Schemas, then converted to DCAT with the profile's mapping and checked
 * with the SHACL shapes (the base's and its own); both must report the same rule ids, except the rules the
 * parity files list with a reason. And every rule of the profile is checked by a shape or listed there.
 * The repository's own CKAN examples ({@code examples/invalid}, {@code examples/valid}) are checked the same
 * way, read from their files in whatever CKAN form they are written.
 * (Examples written in DCAT, for rules no CKAN field feeds, are run by {@code profile check}.)
 */
class DcatParityTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicNode> sameRuleIdsInBothForms() throws IOException {
        List<DynamicNode> profiles = new ArrayList<>();
        for (String ref : List.of("th-gdc@1.0.0", "th-gdc-governance@1.0.0")) {
            profiles.add(DynamicContainer.dynamicContainer(ref, forProfile(ref)));
        }
        profiles.add(DynamicContainer.dynamicContainer("examples", forExamples("th-gdc@1.0.0")));
        return profiles.stream();
    }

    /**
     * The repository's example files (examples/invalid and examples/valid), read as files through the core
     * readers — every CKAN form the JSON path accepts (package_show, import form, YAML) — and converted
     * with {@link GovmetaValidator#toDcat}: the same rule ids both ways.
     */
    private Stream<DynamicNode> forExamples(String ref) throws IOException {
        GovmetaValidator validator = TestRecords.validator(ref);
        Profile profile = validator.profile();
        ShaclCheck shacl = ShaclCheck.of(profile, validator.rules(), List.of(), List.of());
        Set<String> exceptions = exceptions(profile);
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("examples/invalid", "examples/valid")) {
            try (Stream<Path> list = Files.list(TestRecords.ROOT.resolve(folder))) {
                list.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(15);
        return files.stream().map(file -> DynamicTest.dynamicTest(
                TestRecords.ROOT.relativize(file).toString(), () -> {
                    InputSource source = InputSource.file(file, file.getFileName().toString());
                    Set<String> fromJson = new TreeSet<>();
                    List<Finding> jsonFindings = TestRecords.run(validator, List.of(source)).findings();
                    if (file.getParent().endsWith("invalid")) {
                        assertThat(jsonFindings).as("an invalid example breaks a rule").isNotEmpty();
                    }
                    for (Finding f : jsonFindings) {
                        if (!exceptions.contains(f.ruleId())) {
                            fromJson.add(f.ruleId());
                        }
                    }
                    Set<String> fromShacl = new TreeSet<>();
                    List<Finding> problems = new ArrayList<>();
                    int[] datasets = {0};
                    validator.toDcat(List.of(source), problems::add, graph -> {
                        datasets[0]++;
                        ShaclCheck.Result result = shacl.check(graph, file.getFileName().toString());
                        result.byDataset().values().forEach(l -> l.forEach(f -> fromShacl.add(f.ruleId())));
                        result.others().forEach(f -> fromShacl.add(f.ruleId()));
                    });
                    assertThat(problems).as("the example reads").isEmpty();
                    assertThat(datasets[0]).as("datasets converted").isPositive();
                    assertThat(fromShacl).as("SHACL rule ids vs JSON Schema rule ids").isEqualTo(fromJson);
                }));
    }

    private Stream<DynamicNode> forProfile(String ref) throws IOException {
        GovmetaValidator validator = TestRecords.validator(ref);
        Profile profile = validator.profile();
        Path dir = TestRecords.ROOT.resolve("schemas").resolve(profile.id()).resolve(profile.version());
        DcatConverter converter = new DcatConverter(DcatMapping.of(profile));
        ShaclCheck shacl = ShaclCheck.of(profile, validator.rules(), List.of(), List.of());
        Set<String> exceptions = exceptions(profile);
        Canonicalizer canonicalizer = new Canonicalizer(profile.canonicalize());
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every rule has a shape or a listed reason", () -> {
            Set<String> shaped = new TreeSet<>();
            for (Profile.DcatForm form : profile.dcatChain()) {
                for (String file : form.shapes()) {
                    try (var in = form.folder().open(file)) {
                        var m = java.util.regex.Pattern.compile("govmeta:rule \"([^\"]+)\"")
                                .matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                        while (m.find()) {
                            shaped.add(m.group(1));
                        }
                    }
                }
            }
            for (Rule r : profile.rules().all()) {
                assertThat(shaped.contains(r.id()) ^ exceptions.contains(r.id()))
                        .as(r.id() + ": a shape or a listed reason, exactly one").isTrue();
            }
        }));
        try (Stream<Path> files = Files.list(dir.resolve("tests"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (Map<String, Object> c : cases(file)) {
                    if (c.containsKey("rdf")) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + c.get("name"), () -> {
                        JsonNode base = JSON.readTree(dir.resolve("tests/base/" + c.get("base") + ".json").toFile());
                        JsonNode record = JsonMergePatch.apply(base, JSON.valueToTree(c.getOrDefault("patch", Map.of())));
                        Set<String> fromJson = new TreeSet<>();
                        for (Finding f : validator.check(new SourceRecord("case", 0, record, new PositionIndex()))) {
                            if (!exceptions.contains(f.ruleId())) {
                                fromJson.add(f.ruleId());
                            }
                        }
                        Graph graph = GraphFactory.createDefaultGraph();
                        converter.add(graph, canonicalizer.canonicalize(record).node(), 0);
                        ShaclCheck.Result result = shacl.check(graph, "case");
                        Set<String> fromShacl = new TreeSet<>();
                        result.byDataset().values().forEach(l -> l.forEach(f -> fromShacl.add(f.ruleId())));
                        result.others().forEach(f -> fromShacl.add(f.ruleId()));
                        assertThat(fromShacl).as("SHACL rule ids vs JSON Schema rule ids").isEqualTo(fromJson);
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** The rules the profile and its bases list as not checked by SHACL. */
    @SuppressWarnings("unchecked")
    private static Set<String> exceptions(Profile profile) {
        Set<String> out = new TreeSet<>();
        for (Profile.DcatForm form : profile.dcatChain()) {
            if (form.parityExceptions().isEmpty()) {
                continue;
            }
            Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromInputStream(form.folder().open(form.parityExceptions()));
            out.addAll(((Map<String, Object>) doc.get("exceptions")).keySet());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return (List<Map<String, Object>>) ((Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromInputStream(in)).get("cases");
        }
    }
}
