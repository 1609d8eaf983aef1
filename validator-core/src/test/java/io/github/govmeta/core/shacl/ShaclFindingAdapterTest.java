package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.engine.EngineRules;
import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleCatalog;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** A shape's rule id gives its finding the catalogue's message and severity; a shape without one keeps its own. */
class ShaclFindingAdapterTest {
    private static final String PREFIXES = "@prefix sh: <http://www.w3.org/ns/shacl#> . "
            + "@prefix govmeta: <https://govmeta.github.io/ns/govmeta#> . @prefix ex: <https://example.org/> .\n";

    @Test
    void aRuledShapeSpeaksWithTheCataloguesWordsAndAnUnruledOneWithItsOwn() {
        Graph shapes = turtle("""
                ex:Ruled a sh:PropertyShape ; govmeta:rule "T-REQ-title" ; sh:targetClass ex:Dataset ;
                  sh:path ex:title ; sh:minCount 1 ; sh:severity sh:Info ; sh:message "shape's words"@en .
                ex:External a sh:NodeShape ; sh:targetClass ex:Dataset ;
                  sh:property [ sh:path ex:notes ; sh:minCount 1 ; sh:severity sh:Warning ; sh:message "external words" ] .
                """);
        Rule title = new Rule("T-REQ-title", Severity.ERROR, "title", "clause 1", "0.1.0",
                new LocalizedText("ชื่อ", "Title"), new LocalizedText("ต้องระบุชื่อ", "The title is required"), "t");
        RuleCatalog rules = EngineRules.catalog().plus(new RuleCatalog(Map.of(title.id(), title)));
        ShaclFindingAdapter adapter = new ShaclFindingAdapter(shapes, rules, PrefixMapping.Standard, BuddhistEra.NONE);

        List<Finding> findings = ShaclValidator.get().validate(Shapes.parse(shapes), turtle("ex:d a ex:Dataset ."))
                .getEntries().stream().map(e -> adapter.toFinding(e, "data.ttl", "d", null)).sorted(Finding.ORDER).toList();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("GOVMETA-SHACL", "T-REQ-title");
        assertThat(findings.get(1).message()).isEqualTo(title.message());
        assertThat(findings.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(1).clause()).isEqualTo("clause 1");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).message().en()).contains("external words");
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(PREFIXES + text).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
