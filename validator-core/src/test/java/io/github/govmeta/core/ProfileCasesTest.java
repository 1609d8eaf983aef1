package io.github.govmeta.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every bundled profile's own tests ({@code schemas/<id>/<version>/tests/<RULE-ID>.yaml}): each case
 * patches a valid base dataset and must produce exactly the expected rule ids. Also checks that every
 * rule of the catalogue has a case that expects it and one that does not, and that every {@code x-rule}
 * used in a schema is in the catalogue and the other way round.
 */
class ProfileCasesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicNode> profileCases() throws IOException {
        List<DynamicNode> profiles = new ArrayList<>();
        for (String folder : bundledFolders()) {
            Path dir = TestRecords.ROOT.resolve("schemas").resolve(folder);
            GovmetaValidator validator = TestRecords.validator(folder.replace('/', '@'));
            List<DynamicNode> files = new ArrayList<>();
            try (Stream<Path> tests = Files.list(dir.resolve("tests"))) {
                for (Path file : tests.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(),
                            cases(dir, file, validator)));
                }
            }
            profiles.add(DynamicContainer.dynamicContainer(folder, files));
        }
        return profiles.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasPassingAndFailingCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : bundledFolders()) {
            Path dir = TestRecords.ROOT.resolve("schemas").resolve(folder);
            GovmetaValidator validator = TestRecords.validator(folder.replace('/', '@'));
            String profileId = validator.profile().id();
            for (Rule rule : validator.profile().rules().all()) {
                if (!rule.profile().equals(profileId)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(folder + " " + rule.id(), () -> {
                    List<Map<String, Object>> cases = casesOf(dir.resolve("tests").resolve(rule.id() + ".yaml"));
                    assertThat(cases).as("cases of " + rule.id())
                            .anySatisfy(c -> assertThat(expect(c)).contains(rule.id()))
                            .anySatisfy(c -> assertThat(expect(c)).doesNotContain(rule.id()));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> schemasAndCatalogueAgree() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : bundledFolders()) {
            tests.add(DynamicTest.dynamicTest(folder, () -> {
                Path dir = TestRecords.ROOT.resolve("schemas").resolve(folder);
                GovmetaValidator validator = TestRecords.validator(folder.replace('/', '@'));
                Set<String> used = new TreeSet<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                        collectRules(JSON.readTree(f.toFile()), used);
                    }
                }
                Set<String> defined = new TreeSet<>();
                validator.profile().rules().all().stream()
                        .filter(r -> r.profile().equals(validator.profile().id()))
                        .forEach(r -> defined.add(r.id()));
                assertThat(used).as("x-rule ids in the schemas of " + folder).isEqualTo(defined);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> profileIndexListsEveryFolder() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> manifests = Files.walk(TestRecords.ROOT.resolve("schemas"), 3)) {
            manifests.filter(p -> p.getFileName().toString().equals("profile.yaml"))
                    .forEach(p -> onDisk.add(TestRecords.ROOT.resolve("schemas").relativize(p.getParent()).toString()
                            .replace('\\', '/')));
        }
        return Stream.of(DynamicTest.dynamicTest("schemas/profiles.yaml",
                () -> assertThat(new TreeSet<>(bundledFolders())).isEqualTo(onDisk)));
    }

    private static Stream<DynamicTest> cases(Path dir, Path file, GovmetaValidator validator) {
        return casesOf(file).stream().map(c -> DynamicTest.dynamicTest(String.valueOf(c.get("name")), () -> {
            JsonNode base = JSON.readTree(dir.resolve("tests/base").resolve(c.get("base") + ".json").toFile());
            JsonNode patch = JSON.valueToTree(c.getOrDefault("patch", Map.of()));
            JsonNode record = TestRecords.mergePatch(base, patch);
            List<Finding> findings = validator.check(new SourceRecord(file.getFileName().toString(), 0, record,
                    new PositionIndex()));
            List<String> actual = findings.stream().map(Finding::ruleId).sorted().toList();
            assertThat(actual).as(findings.toString()).isEqualTo(expect(c).stream().sorted().toList());
        }));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> casesOf(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (var in = Files.newInputStream(file)) {
            Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            return (List<Map<String, Object>>) doc.get("cases");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> expect(Map<String, Object> c) {
        Object e = c.get("expect");
        return e == null ? List.of() : ((List<Object>) e).stream().map(String::valueOf).toList();
    }

    private static void collectRules(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            JsonNode r = node.get("x-rule");
            if (r != null && r.isString()) {
                into.add(r.asString());
            }
        }
        node.forEach(child -> collectRules(child, into));
    }

    @SuppressWarnings("unchecked")
    static List<String> bundledFolders() throws IOException {
        try (var in = Files.newInputStream(TestRecords.ROOT.resolve("schemas/profiles.yaml"))) {
            Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            return ((List<Object>) doc.get("profiles")).stream().map(String::valueOf).toList();
        }
    }
}
