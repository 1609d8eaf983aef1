package io.github.govmeta.core.authoring;

import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.PositionIndex;
import java.util.BitSet;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import tools.jackson.databind.JsonNode;

/**
 * The schemas and shapes read years as the profile declares ({@code buddhistEra} in {@code profile.yaml},
 * {@link BuddhistEra}): a JSON Schema {@code pattern}, an {@code sh:pattern} or a {@code regex} of a
 * SPARQL constraint that picks some four-digit years and not others (tried on {@code YYYY-01-01}) is a
 * year window, and must pick exactly the declared Buddhist-era years or exactly the Christian-era ones.
 * Patterns no year or every year passes (formats, free text) are not windows and are not compared.
 */
final class BuddhistEraCheck implements ProfileCheck {
    private static final int FIRST = 1000;
    private static final int LAST = 9999;
    private static final Pattern SPARQL_REGEX = Pattern.compile("regex\\s*\\([^,]+,\\s*\"([^\"]*)\"");

    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        BuddhistEra era = profile.profile().buddhistEra();
        BitSet be = years(era::buddhist);
        BitSet ce = years(era::christian);
        profile.schemas().forEach((file, doc) -> walk(doc.node(), "", (pattern, pointer) ->
                compare(pattern, be, ce, findings, profile.folder().describe(file), doc.positions().find(pointer))));
        for (CheckedProfile.ShapesFile shapes : profile.shapes()) {
            if (shapes.graph() == null) {
                continue;
            }
            shapes.graph().find(Node.ANY, SHACL.pattern, Node.ANY).forEach(t -> {
                String pattern = t.getObject().getLiteralLexicalForm();
                compare(pattern, be, ce, findings, shapes.shown(), new Position(shapes.lineOf(
                        "sh:pattern \"" + pattern.replace("\\", "\\\\").replace("\"", "\\\"") + "\""), 0));
            });
            shapes.graph().find(Node.ANY, SHACL.select, Node.ANY).forEach(t -> {
                Matcher m = SPARQL_REGEX.matcher(t.getObject().getLiteralLexicalForm());
                while (m.find()) {
                    compare(m.group(1), be, ce, findings, shapes.shown(), new Position(shapes.lineOf("\"" + m.group(1) + "\""), 0));
                }
            });
        }
    }

    private static void compare(String pattern, BitSet be, BitSet ce, ProfileFindings findings, String shown, Position at) {
        Pattern p;
        try {
            p = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return; // not a Java-readable pattern; the meta-schema and SHACL checks speak for its syntax
        }
        BitSet picked = years(y -> p.matcher(y + "-01-01").find());
        int count = picked.cardinality();
        if (count == 0 || count == LAST - FIRST + 1 || picked.equals(be) || picked.equals(ce)) {
            return;
        }
        findings.addAt(ProfileRules.ERA, shown, at,
                Map.of("value", pattern, "detail", ranges(picked), "property", ranges(be), "other", ranges(ce)));
    }

    private static BitSet years(IntPredicate picked) {
        BitSet out = new BitSet();
        for (int y = FIRST; y <= LAST; y++) {
            if (picked.test(y)) {
                out.set(y);
            }
        }
        return out;
    }

    /** {@code 2400–2999}, or {@code 1800–1899, 2000–2099}; a dash when there is none. */
    private static String ranges(BitSet years) {
        StringBuilder sb = new StringBuilder();
        for (int from = years.nextSetBit(0); from >= 0; from = years.nextSetBit(years.nextClearBit(from))) {
            int to = years.nextClearBit(from) - 1;
            sb.append(sb.isEmpty() ? "" : ", ").append(from).append(from == to ? "" : "–" + to);
        }
        return sb.isEmpty() ? "—" : sb.toString();
    }

    private interface PatternSink {
        void pattern(String pattern, String pointer);
    }

    private static void walk(JsonNode node, String pointer, PatternSink sink) {
        if (node.isObject()) {
            JsonNode pattern = node.get("pattern");
            if (pattern != null && pattern.isString()) {
                sink.pattern(pattern.asString(), PositionIndex.child(pointer, "pattern"));
            }
            node.properties().forEach(e -> walk(e.getValue(), PositionIndex.child(pointer, e.getKey()), sink));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), PositionIndex.child(pointer, i), sink);
            }
        }
    }
}
