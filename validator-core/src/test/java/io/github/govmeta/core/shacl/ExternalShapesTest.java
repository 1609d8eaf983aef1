package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.input.InputSource;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;

/**
 * {@code --shapes}: any SHACL shapes apply with the same reports, and govmeta reports exactly as many
 * results as Jena's own validator does on the same files; the same holds for the bundled shapes.
 */
class ExternalShapesTest {
    private static final Path SHAPES = Path.of("src/test/resources/shacl/external-shapes.ttl").toAbsolutePath();
    private static final Path DATA = Path.of("src/test/resources/shacl/external-data.ttl").toAbsolutePath();

    private static int jenaCount(Graph shapes, Path data) {
        return ShaclValidator.get().validate(Shapes.parse(shapes), RDFDataMgr.loadGraph(data.toString())).getEntries().size();
    }

    @Test
    void externalShapesGiveAsManyFindingsAsJenaWithTheirOwnSeverityAndMessage() {
        GovmetaValidator v = GovmetaValidator.create(ValidatorConfig.builder().shapes(List.of(SHAPES)).profileShapes(false).build());
        List<Finding> findings = TestRecords.run(v, List.of(InputSource.file(DATA, "external-data.ttl"))).findings();
        assertThat(findings).hasSize(jenaCount(RDFDataMgr.loadGraph(SHAPES.toString()), DATA)).hasSize(4);
        assertThat(findings).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("GOVMETA-SHACL"));
        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING).extracting(f -> f.location().pointer())
                .containsExactly("dcat:theme", "dcat:theme");
        assertThat(findings).filteredOn(f -> "dct:description".equals(f.location().pointer())).singleElement()
                .satisfies(f -> {
                    assertThat(f.dataset()).isEqualTo("a");
                    assertThat(f.message().en()).isEqualTo("A SHACL constraint fails at dct:description: dct:description is mandatory");
                });
        assertThat(findings).filteredOn(f -> "dcat:accessURL".equals(f.location().pointer())).singleElement()
                .satisfies(f -> assertThat(f.dataset()).isEqualTo("a"));
    }

    /**
     * Field report item 38: the W3C SHACL core tests keep data and shapes in one file; the shapes' triples
     * are data only once, so a blank node of the file is not seen twice (as a union of the data with the shapes graph saw it).
     */
    @Test
    void shapesAndDataInOneFileGiveJenasResultsNotTheUnionsWithTheShapes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path both = dir.resolve("class-and-data.ttl");
        java.nio.file.Files.writeString(both, """
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                ex:DatasetShape a sh:NodeShape ; sh:targetClass dcat:Dataset ;
                  sh:property [ sh:path dcat:contactPoint ; sh:maxCount 1 ] ;
                  sh:property [ sh:path dct:title ; sh:minCount 1 ] .
                ex:AnyNode a sh:NodeShape ; sh:targetSubjectsOf sh:path ; sh:nodeKind sh:IRI .
                ex:survey a dcat:Dataset ; dct:title "การสำรวจภาวะการทำงานของประชากร"@th ;
                  dcat:contactPoint [ a <http://www.w3.org/2006/vcard/ns#Kind> ] .
                """);
        GovmetaValidator v = GovmetaValidator.create(ValidatorConfig.builder().shapes(List.of(both)).profileShapes(false).build());
        List<Finding> findings = TestRecords.run(v, List.of(InputSource.file(both, "class-and-data.ttl"))).findings();
        // Jena, the file as data and as shapes graph: the two property shapes are subjects of sh:path and not
        // IRIs; the one contact point is one (the union with a second parse of the file saw two, and four shapes)
        assertThat(findings).hasSize(jenaCount(RDFDataMgr.loadGraph(both.toString()), both)).hasSize(2)
                .allSatisfy(f -> assertThat(f.message().en()).contains("IRI"));
    }

    @Test
    void bundledShapesGiveAsManyFindingsAsJena() {
        Path data = TestRecords.ROOT.resolve("examples/dcat/invalid-catalog.ttl");
        GovmetaValidator v = TestRecords.validator("th-gdc@1.0.0");
        List<Finding> findings = TestRecords.run(v, List.of(InputSource.file(data, "invalid-catalog.ttl"))).findings();
        Graph shapes = RDFDataMgr.loadGraph(TestRecords.ROOT.resolve("shapes/th-gdc/1.0.0/shapes.ttl").toString());
        RDFDataMgr.read(shapes, TestRecords.ROOT.resolve("shapes/th-gdc/1.0.0/vocabularies.ttl").toString());
        Graph union = new org.apache.jena.graph.compose.Union(RDFDataMgr.loadGraph(data.toString()), shapes);
        int jena = ShaclValidator.get().validate(Shapes.parse(shapes), union).getEntries().size();
        assertThat(findings).hasSize(jena).hasSize(6);
    }
}
