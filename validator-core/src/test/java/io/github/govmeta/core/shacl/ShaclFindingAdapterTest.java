package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.engine.EngineRules;
import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.Position;
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
                .getEntries().stream().map(e -> adapter.toFinding(e, "data.ttl", "d", null, Position.UNKNOWN)).sorted(Finding.ORDER).toList();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("GOVMETA-SHACL", "T-REQ-title");
        assertThat(findings.get(1).message()).isEqualTo(title.message());
        assertThat(findings.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(1).clause()).isEqualTo("clause 1");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).message().en()).contains("external words");
    }

    @Test
    void aVocabularyFindingListsTheValuesItsShapeAllowsWhateverTheValueIs() {
        StringBuilder concepts = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            concepts.append(String.format("ex:f%02d skos:inScheme ex:freq ; skos:notation \"f%02d\" .%n", i, i));
        }
        Graph shapes = turtle("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n" + concepts + """
                ex:InFreq a sh:NodeShape ; sh:property [ sh:path skos:inScheme ; sh:hasValue ex:freq ] .
                ex:Freq a sh:PropertyShape ; govmeta:rule "T-VOCAB-freq" ; sh:targetClass ex:Dataset ;
                  sh:path ex:freq ; sh:node ex:InFreq .
                ex:Kind a sh:PropertyShape ; govmeta:rule "T-VOCAB-kind" ; sh:targetClass ex:Dataset ;
                  sh:path ex:kind ; sh:in ( "record" "statistics" ) .
                """);
        RuleCatalog rules = EngineRules.catalog().plus(new RuleCatalog(Map.of(
                "T-VOCAB-freq", vocabRule("T-VOCAB-freq"), "T-VOCAB-kind", vocabRule("T-VOCAB-kind"))));
        ShaclFindingAdapter adapter = new ShaclFindingAdapter(shapes, rules, PrefixMapping.Standard, BuddhistEra.NONE);
        Graph data = turtle("ex:d a ex:Dataset ; ex:freq \"Annual\" ; ex:kind <https://example.org/other/record> .\n"
                + "ex:e a ex:Dataset ; ex:freq <http://publications.europa.eu/resource/authority/frequency/ANNUAL> .");
        shapes.find().forEach(data::add); // the vocabulary is reference data, as ShaclCheck validates it

        List<Finding> findings = ShaclValidator.get().validate(Shapes.parse(shapes), data).getEntries().stream()
                .map(e -> adapter.toFinding(e, "data.ttl", "d", data, Position.UNKNOWN)).sorted(Finding.ORDER).toList();

        String first20 = "f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20";
        assertThat(findings).extracting(f -> f.message().en()).containsExactlyInAnyOrder(
                "must be one of (" + first20 + " and 5 more); found 'Annual'",
                "must be one of (" + first20 + " and 5 more); found 'http://publications.europa.eu/resource/authority/frequency/ANNUAL'",
                "must be one of (record, statistics); found 'https://example.org/other/record'");
        assertThat(findings).extracting(f -> f.message().th()).contains(
                "ต้องเป็นค่าหนึ่งใน (" + first20 + " และอีก 5 ค่า) แต่พบ 'Annual'",
                "ต้องเป็นค่าหนึ่งใน (record, statistics) แต่พบ 'https://example.org/other/record'");
    }

    private static Rule vocabRule(String id) {
        return new Rule(id, Severity.ERROR, "f", "clause", "0.1.0", new LocalizedText("ค่าในรายการ", "From the list"),
                new LocalizedText("ต้องเป็นค่าหนึ่งใน ({allowed}) แต่พบ '{value}'", "must be one of ({allowed}); found '{value}'"), "t");
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(PREFIXES + text).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
