package io.github.govmeta.core.authoring;

import io.github.govmeta.core.config.DidYouMean;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.rdf.Vocab;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import tools.jackson.databind.JsonNode;

/**
 * The rule catalogue and its users agree: every rule id a schema ({@code x-rule}) or a shape
 * ({@code govmeta:rule}) names is in the catalogue (of the profile or its bases), and every rule the
 * profile defines is used by one of its schemas, shapes or checks ({@code checks.yaml}, whose rule ids the
 * engine resolves when it compiles the profile).
 */
final class CatalogueCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        Set<String> known = profile.knownRules();
        Map<String, Use> used = new TreeMap<>();
        profile.schemas().forEach((file, doc) -> collect(file, doc, doc.node(), "", used));
        used.forEach((id, use) -> {
            if (!known.contains(id)) {
                findings.add(ProfileRules.RULE_UNKNOWN, use.file(), use.at(), Map.of("value", id, "detail", DidYouMean.hint(id, known)));
            }
        });
        Set<String> inShapes = new TreeSet<>();
        for (CheckedProfile.ShapesFile shapes : profile.shapes()) {
            if (shapes.graph() == null) {
                continue;
            }
            shapes.graph().find(Node.ANY, Vocab.RULE, Node.ANY).forEach(t -> {
                String id = t.getObject().getLiteralLexicalForm();
                inShapes.add(id);
                if (!known.contains(id)) {
                    findings.addAt(ProfileRules.RULE_UNKNOWN, shapes.shown(), Position.UNKNOWN,
                            Map.of("value", id, "detail", DidYouMean.hint(id, known)));
                }
            });
        }
        if (profile.compiled().validator() != null) {
            inShapes.addAll(profile.compiled().validator().checks().ruleIds()); // used by checks.yaml
        }
        SourceRecord rules = profile.rulesDoc().orElse(null);
        for (String id : profile.ownRules()) {
            if (!used.containsKey(id) && !inShapes.contains(id)) {
                findings.add(ProfileRules.RULE_UNUSED, profile.rulesFile(),
                        rules == null ? Position.UNKNOWN : rules.positions().find("/rules/" + id), Map.of("value", id));
            }
        }
    }

    /** Where a schema first names a rule. */
    private record Use(String file, Position at) {}

    private static void collect(String file, SourceRecord doc, JsonNode node, String pointer, Map<String, Use> used) {
        if (node.isObject()) {
            JsonNode rule = node.get("x-rule");
            if (rule != null && rule.isString()) {
                used.putIfAbsent(rule.asString(), new Use(file, doc.positions().find(pointer)));
            }
            node.properties().forEach(e -> collect(file, doc, e.getValue(), PositionIndex.child(pointer, e.getKey()), used));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(file, doc, node.get(i), PositionIndex.child(pointer, i), used);
            }
        }
    }
}
