package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.canonical.Canonicalizer;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.SourceRecord;
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
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rulebook for both forms: every example of th-gdc (the profile's own tests) is checked as CKAN JSON
 * with the JSON Schemas, then converted to DCAT with the profile's mapping and checked with the SHACL
 * shapes; both must report the same rule ids, except the rules {@code parity-exceptions.yaml} lists with
 * a reason. And every rule is either checked by a shape or listed there. (Examples written in DCAT, for
 * rules no CKAN field feeds, are run by {@code profile check}.)
 */
class DcatParityTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path PROFILE = TestRecords.ROOT.resolve("schemas/th-gdc/1.0.0");
    private final GovmetaValidator validator = TestRecords.validator("th-gdc@1.0.0");
    private final Profile profile = validator.profile();
    private final Profile.DcatForm dcat = profile.dcatForm();
    private final DcatConverter converter = new DcatConverter(DcatMapping.read(dcat.folder().open(dcat.mapping()), dcat.mapping()));
    private final ShaclCheck shacl = ShaclCheck.of(profile, validator.rules(), List.of());
    private final Set<String> exceptions = exceptions();

    @SuppressWarnings("unchecked")
    private Set<String> exceptions() {
        Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromInputStream(dcat.folder().open(dcat.parityExceptions()));
        return new TreeSet<>(((Map<String, Object>) doc.get("exceptions")).keySet());
    }

    @Test
    void everyRuleIsCheckedByAShapeOrListedWithAReason() throws IOException {
        String shapes = Files.readString(TestRecords.ROOT.resolve("shapes/th-gdc/1.0.0/shapes.ttl"));
        for (Rule r : profile.rules().all()) {
            boolean shaped = shapes.contains("govmeta:rule \"" + r.id() + "\"");
            assertThat(shaped ^ exceptions.contains(r.id()))
                    .as(r.id() + ": a shape (" + shaped + ") or an exception (" + exceptions.contains(r.id()) + "), exactly one")
                    .isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> sameRuleIdsInBothForms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Canonicalizer canonicalizer = new Canonicalizer(profile.canonicalize());
        try (Stream<Path> files = Files.list(PROFILE.resolve("tests"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (Map<String, Object> c : cases(file)) {
                    if (c.containsKey("rdf")) {
                        continue; // a DCAT-only example: ProfileCasesTest runs it against the shapes
                    }
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + c.get("name"), () -> {
                        JsonNode base = JSON.readTree(PROFILE.resolve("tests/base/" + c.get("base") + ".json").toFile());
                        JsonNode record = io.github.govmeta.core.profile.JsonMergePatch.apply(base, JSON.valueToTree(c.getOrDefault("patch", Map.of())));
                        Set<String> fromJson = new TreeSet<>();
                        for (Finding f : validator.check(new SourceRecord("case", 0, record, new PositionIndex()))) {
                            if (!exceptions.contains(f.ruleId())) {
                                fromJson.add(f.ruleId());
                            }
                        }
                        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return (List<Map<String, Object>>) ((Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromInputStream(in)).get("cases");
        }
    }
}
