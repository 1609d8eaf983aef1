package io.github.govmeta.core.authoring;

import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.rdf.Vocab;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * Each fact of a rule is written once, in the catalogue: a shape that names its rule
 * ({@code govmeta:rule}) carries no {@code sh:message} and no {@code sh:severity}, on itself or on its
 * SPARQL constraints, since findings take both from {@code rules.yaml} by rule id. Any such triple is
 * reported, even one that agrees with the catalogue today: a copy is what drifts. Shapes without a rule id
 * (external shapes) keep their own.
 */
final class ShapeTextCheck implements ProfileCheck {
    private static final List<Node> CATALOGUE_FACTS = List.of(SHACL.message, SHACL.severity);

    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        for (CheckedProfile.ShapesFile shapes : profile.shapes()) {
            Graph g = shapes.graph();
            if (g == null) {
                continue;
            }
            g.find(Node.ANY, Vocab.RULE, Node.ANY).forEach(t -> {
                String id = t.getObject().getLiteralLexicalForm();
                List<Node> nodes = new ArrayList<>(List.of(t.getSubject()));
                g.find(t.getSubject(), SHACL.sparql, Node.ANY).forEach(c -> nodes.add(c.getObject()));
                for (Node fact : CATALOGUE_FACTS) {
                    if (nodes.stream().anyMatch(n -> g.contains(n, fact, Node.ANY))) {
                        findings.addAt(ProfileRules.SHAPE_TEXT, shapes.shown(),
                                new Position(shapes.lineOf("govmeta:rule \"" + id + "\""), 0),
                                Map.of("value", id, "property", "sh:" + fact.getLocalName()));
                    }
                }
            });
        }
    }
}
