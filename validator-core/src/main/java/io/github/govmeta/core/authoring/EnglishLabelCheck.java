package io.github.govmeta.core.authoring;

import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.PositionIndex;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import tools.jackson.databind.JsonNode;

/**
 * An English label is written in English: a stored value may be Thai (the GD Catalog stores Thai strings),
 * but an English reader of the allowed values, of {@code explain} and of {@code profile docs} must not get
 * the Thai value back as its "translation". Checked in the profile's own files: in the JSON Schemas each
 * choice's {@code x-labels/VALUE/en} and each {@code title} (the English title beside {@code x-title-th}),
 * at the label's line and column; in the shapes and SKOS vocabularies each literal tagged {@code @en}, at
 * the line where it is written. A label holding any character of the Thai script is reported (instance
 * data in {@code enum}, {@code const}, {@code default} and {@code examples} is not a label).
 */
final class EnglishLabelCheck implements ProfileCheck {
    /** Keywords whose values are instance data (a dataset's title may well be Thai), not labels. */
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples");

    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        profile.schemas().forEach((file, doc) -> walk(doc.node(), "", (label, pointer) -> findings.add(ProfileRules.LABEL_SCRIPT,
                file, doc.positions().find(pointer), Map.of("value", label, "property", pointer))));
        for (CheckedProfile.ShapesFile shapes : profile.shapes()) {
            if (shapes.graph() == null) {
                continue;
            }
            shapes.graph().find(Node.ANY, Node.ANY, Node.ANY).forEach(t -> {
                Node o = t.getObject();
                if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase("en") && thai(o.getLiteralLexicalForm())) {
                    String label = o.getLiteralLexicalForm();
                    String written = "\"" + label.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@en";
                    findings.addAt(ProfileRules.LABEL_SCRIPT, shapes.shown(),
                            new Position(shapes.lineOf(written), 0),
                            Map.of("value", label, "property", shapes.graph().getPrefixMapping().shortForm(t.getPredicate().getURI())));
                }
            });
        }
    }

    /** Calls {@code found} with each English label in Thai script under {@code node} and its JSON Pointer. */
    private static void walk(JsonNode node, String pointer, BiConsumer<String, String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), PositionIndex.child(pointer, i), found);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode title = node.get("title");
        if (title != null && title.isString() && thai(title.asString())) {
            found.accept(title.asString(), PositionIndex.child(pointer, "title"));
        }
        node.path("x-labels").properties().forEach(e -> {
            JsonNode en = e.getValue().get("en");
            if (en != null && en.isString() && thai(en.asString())) {
                found.accept(en.asString(), PositionIndex.child(PositionIndex.child(PositionIndex.child(pointer, "x-labels"),
                        e.getKey()), "en"));
            }
        });
        node.properties().forEach(e -> {
            if (!e.getKey().equals("x-labels") && !DATA.contains(e.getKey())) {
                walk(e.getValue(), PositionIndex.child(pointer, e.getKey()), found);
            }
        });
    }

    /** Whether the text holds a character of the Thai script. */
    static boolean thai(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
    }
}
