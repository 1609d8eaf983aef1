package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileFolder;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.SourceRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import tools.jackson.databind.JsonNode;

/**
 * Every choice list is the same in both forms of the standard: for each SKOS concept scheme of the shapes
 * (the profile's and its bases', merged as the engine merges them), the JSON Schema choice list of the
 * same name ({@code $defs/NAME/enum}, the nearest profile of the chain that defines one) holds exactly
 * the concepts' {@code skos:notation}s. Each difference is one finding, value by value, at the value: the
 * enum entry's line and column, or the line of the {@code skos:notation}. A value in both forms has the
 * same labels in both: its {@code skos:prefLabel} in each language ({@code @th}, {@code @en}) is the
 * JSON list's {@code x-labels/VALUE/th} and {@code en} (reported at the concept's line). A JSON list no
 * concept scheme shares a name with is not a DCAT concept and is not compared.
 */
final class VocabularyCheck implements ProfileCheck {
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node CONCEPT_SCHEME = NodeFactory.createURI(SKOS + "ConceptScheme");
    private static final Node IN_SCHEME = NodeFactory.createURI(SKOS + "inScheme");
    private static final Node NOTATION = NodeFactory.createURI(SKOS + "notation");
    private static final Node PREF_LABEL = NodeFactory.createURI(SKOS + "prefLabel");

    /** A value of a SKOS scheme: the file and line of its notation, its preferred labels by language. */
    private record Concept(String file, int line, Map<String, String> labels) {}

    /** A JSON Schema choice list: the file it is in, with positions, and its pointer. */
    private record JsonList(String file, SourceRecord doc, String pointer) {}

    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        Map<String, Map<String, Concept>> schemes = schemes(profile);
        if (schemes.isEmpty()) {
            return;
        }
        Map<String, JsonList> lists = jsonLists(profile);
        schemes.forEach((name, concepts) -> {
            JsonList list = lists.get(name);
            Map<String, Position> values = new LinkedHashMap<>();
            if (list != null) {
                JsonNode e = list.doc().node().at(list.pointer());
                for (int i = 0; i < e.size(); i++) {
                    values.putIfAbsent(e.get(i).asString(), list.doc().positions().find(list.pointer() + "/" + i));
                }
            }
            values.forEach((value, at) -> {
                if (!concepts.containsKey(value)) {
                    findings.addAt(ProfileRules.VOCAB_NOT_SKOS, list.file(), at, Map.of("value", value, "property", name,
                            "other", String.join(", ", new TreeSet<>(concepts.values().stream().map(Concept::file).toList()))));
                }
            });
            concepts.forEach((value, c) -> {
                if (!values.containsKey(value)) {
                    findings.addAt(ProfileRules.VOCAB_NOT_JSON, c.file(), new Position(c.line(), 0), Map.of("value", value,
                            "property", name, "detail", list == null ? "" : " (" + list.file() + ")"));
                    return;
                }
                JsonNode labels = list.doc().node().at(list.pointer().replaceFirst("/enum$", "/x-labels")).path(value);
                for (String lang : List.of("th", "en")) {
                    String json = labels.path(lang).asString(null);
                    String skos = c.labels().get(lang);
                    if (json != null && !json.equals(skos)) {
                        findings.addAt(ProfileRules.VOCAB_LABEL, c.file(), new Position(c.line(), 0), Map.of("value", value,
                                "property", name, "other", skos == null ? "" : skos, "detail", json, "lang", lang));
                    }
                }
            });
        });
    }

    /** Concept scheme name (the last segment of its IRI) → notation → where it is written. */
    private static Map<String, Map<String, Concept>> schemes(CheckedProfile profile) {
        Map<String, Map<String, Concept>> schemes = new TreeMap<>();
        for (CheckedProfile.ShapesFile f : profile.chainShapes()) {
            if (f.graph() == null) {
                continue;
            }
            f.graph().find(Node.ANY, RDF.type.asNode(), CONCEPT_SCHEME)
                    .forEach(t -> schemes.computeIfAbsent(name(t.getSubject()), k -> new TreeMap<>()));
            f.graph().find(Node.ANY, IN_SCHEME, Node.ANY).forEach(t -> {
                Map<String, Concept> concepts = schemes.computeIfAbsent(name(t.getObject()), k -> new TreeMap<>());
                Map<String, String> labels = new TreeMap<>();
                f.graph().find(t.getSubject(), PREF_LABEL, Node.ANY).forEach(l -> {
                    if (l.getObject().isLiteral()) {
                        labels.putIfAbsent(l.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT),
                                l.getObject().getLiteralLexicalForm());
                    }
                });
                f.graph().find(t.getSubject(), NOTATION, Node.ANY).forEach(n -> {
                    String value = n.getObject().getLiteralLexicalForm();
                    String written = "skos:notation \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                    concepts.putIfAbsent(value, new Concept(f.shown(), f.lineOf(written), labels));
                });
            });
        }
        return schemes;
    }

    private static String name(Node scheme) {
        String iri = scheme.isURI() ? scheme.getURI() : scheme.toString();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Choice list name → the nearest definition in the chain (the profile's own first). */
    private static Map<String, JsonList> jsonLists(CheckedProfile profile) {
        Map<String, JsonList> lists = new TreeMap<>();
        for (CheckedProfile p = profile; p != null; p = p.base()) {
            ProfileFolder folder = p.folder();
            p.schemas().forEach((file, doc) -> doc.node().path("$defs").properties().forEach(d -> {
                if (d.getValue().path("enum").isArray()) {
                    lists.putIfAbsent(d.getKey(), new JsonList(folder.describe(file), doc, "/$defs/" + d.getKey() + "/enum"));
                }
            }));
        }
        return lists;
    }
}
