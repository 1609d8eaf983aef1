package io.github.govmeta.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.govmeta.core.profile.ProfileException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A malformed dcat-mapping.yaml is a profile error listing every problem with its line and column, never an NPE. */
class DcatMappingTest {
    private static final String GOOD_HEAD = """
            datasetIri: "https://example.org/dataset/{name}"
            prefixes: {dct: "http://purl.org/dc/terms/"}
            vocabularyBase: "https://example.org/vocab/"
            """;

    @Test
    void aWellFormedMappingReads() {
        DcatMapping m = DcatMapping.read(in(GOOD_HEAD + """
                fields:
                  title: {path: "dct:title", kind: text}
                  data_type: {path: "dct:type", kind: concept, scheme: data_type}
                resources: {path: "dcat:distribution", class: "dcat:Distribution"}
                """), "m.yaml", false);
        assertThat(m.fields()).containsEntry("data_type", new DcatMapping.Field("dct:type", "concept", "data_type"));
        assertThat(m.resourcePath()).isEqualTo("dcat:distribution");
        assertThat(m.resourceFields()).isEmpty();
        assertThat(m.unmapped()).isEmpty();
    }

    @Test
    void anExtensionMayGiveOnlyFields() {
        DcatMapping m = DcatMapping.read(in("fields:\n  disclosure: {path: \"gdc:disclosure\", kind: plain}\n"), "ext.yaml", true);
        assertThat(m.datasetIri()).isNull();
        assertThat(m.fields()).containsOnlyKeys("disclosure");
    }

    @Test
    void wrongTypesAreEachReportedWhereTheyAre() {
        assertThat(problems("""
                datasetIri: [a, b]
                prefixes: {dct: {iri: "x"}}
                vocabularyBase: "https://example.org/vocab/"
                fields:
                  title: {path: "dct:title", kind: [text]}
                resources: {path: "dcat:distribution", class: "dcat:Distribution"}
                """)).containsExactly(
                "m.yaml:1:13: datasetIri: expected a text, found a list",
                "m.yaml:2:17: prefixes dct: expected a text, found a mapping",
                "m.yaml:5:36: fields title kind: expected a text, found a list");
    }

    @Test
    void missingKeysAreReportedAtTheirParent() {
        assertThat(problems("""
                datasetIri: "https://example.org/dataset/{name}"
                prefixes: {}
                fields:
                  title: {path: "dct:title"}
                  data_type: {path: "dct:type", kind: concept}
                resources: {path: "dcat:distribution"}
                """)).containsExactly(
                "m.yaml:1:1: the mapping: 'vocabularyBase' is missing",
                "m.yaml:4:10: fields title: 'kind' is missing",
                "m.yaml:5:14: fields data_type: a concept field needs its scheme",
                "m.yaml:6:12: resources: 'class' is missing");
    }

    @Test
    void aListWhereAMappingIsExpected() {
        assertThat(problems(GOOD_HEAD + """
                fields: [title, notes]
                resources:
                  - path: "dcat:distribution"
                """)).containsExactly(
                "m.yaml:4:9: fields: expected a mapping (key: value), found a list",
                "m.yaml:6:3: resources: expected a mapping (key: value), found a list");
    }

    @Test
    void unknownKeysAndKindsNameWhatIsKnown() {
        assertThat(problems(GOOD_HEAD + """
                fields:
                  title: {path: "dct:title", kind: txt, sheme: x}
                resources: {path: "dcat:distribution", class: "dcat:Distribution"}
                unmaped: {}
                """)).containsExactly(
                "m.yaml:5:36: fields title: unknown kind 'txt' (known: concept, date, email, integer, iri, plain, tags, text)",
                "m.yaml:5:41: fields title: unknown key 'sheme' (known: kind, path, scheme)",
                "m.yaml:7:1: the mapping: unknown key 'unmaped' (known: datasetIri, fields, prefixes, resources, unmapped, vocabularyBase)");
    }

    @Test
    void notYamlOrEmptyIsOneProblem() {
        assertThat(problems("fields: {title: [}\n")).singleElement().asString().startsWith("m.yaml:1:18: not valid YAML");
        assertThat(problems("")).containsExactly(
                "m.yaml: the file is empty; expected a mapping with datasetIri, prefixes, vocabularyBase, fields and resources");
    }

    private static List<String> problems(String yaml) {
        ProfileException e = catchThrowableOfType(ProfileException.class, () -> DcatMapping.read(in(yaml), "m.yaml", false));
        assertThat(e).as("a profile error").isNotNull();
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems().stream().map(Object::toString).toList()));
        return e.problems().stream().map(Object::toString).toList();
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
