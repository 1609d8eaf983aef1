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
