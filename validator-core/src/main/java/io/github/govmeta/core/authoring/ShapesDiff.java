package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.authoring.ProfileDiff.Change;
import io.github.govmeta.core.authoring.ProfileDiff.Impact;
import io.github.govmeta.core.rdf.Vocab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The DCAT side of {@code profile diff}: the shapes and SKOS concept schemes of two profiles (each with
 * its bases', merged as the engine merges them). A shape is known by its rule id ({@code govmeta:rule}),
 * else by the local name of its IRI, so a new version's namespaces do not count as changes; likewise
 * concepts by scheme name and notation. A shape's constraints compare value by value: a constraint added
 * or a value changed may reject an old dataset (breaking) unless it is a bound that moved outward or
 * {@code sh:in} values added; a constraint removed is compatible; names, descriptions and messages are
 * editorial. A concept removed is breaking, one added compatible, a new label editorial.
 */
final class ShapesDiff {
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node IN_SCHEME = NodeFactory.createURI(SKOS + "inScheme");
    private static final Node NOTATION = NodeFactory.createURI(SKOS + "notation");
    private static final Node PREF_LABEL = NodeFactory.createURI(SKOS + "prefLabel");
    private static final Set<String> EDITORIAL = Set.of("sh:name", "sh:description", "sh:message", "sh:order", "sh:group",
            "rdfs:comment", "rdfs:label");
    private static final Set<String> LOWER_BOUNDS = Set.of("sh:minCount", "sh:minLength", "sh:minInclusive", "sh:minExclusive");
    private static final Set<String> UPPER_BOUNDS = Set.of("sh:maxCount", "sh:maxLength", "sh:maxInclusive", "sh:maxExclusive");
    /** Datatypes whose values read as written (Turtle's bare numbers and booleans). */
    private static final Set<String> PLAIN = Set.of("xsd:integer", "xsd:decimal", "xsd:double", "xsd:boolean");
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("sh", SHACL.getURI()).setNsPrefix("skos", SKOS).setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/").setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/").lock();

    private ShapesDiff() {}

    static void changes(Profile oldProfile, Profile newProfile, List<Change> out) {
        Described a = describe(graph(oldProfile));
        Described b = describe(graph(newProfile));
        for (String shape : union(a.shapes().keySet(), b.shapes().keySet())) {
            Map<String, List<String>> o = a.shapes().get(shape);
            Map<String, List<String>> n = b.shapes().get(shape);
            if (o == null) {
                out.add(new Change(Impact.BREAKING, "shape-added", "shape " + shape, "new SHACL shape"));
            } else if (n == null) {
                out.add(new Change(Impact.COMPATIBLE, "shape-removed", "shape " + shape, "SHACL shape removed"));
            } else {
                constraintChanges("shape " + shape, o, n, out);
            }
        }
        for (String scheme : union(a.concepts().keySet(), b.concepts().keySet())) {
            Map<String, String> o = a.concepts().getOrDefault(scheme, Map.of());
            Map<String, String> n = b.concepts().getOrDefault(scheme, Map.of());
            String subject = "concept scheme " + scheme;
            for (String v : union(o.keySet(), n.keySet())) {
                if (!n.containsKey(v)) {
                    out.add(new Change(Impact.BREAKING, "value-removed", subject, "'" + v + "' no longer a concept"));
                } else if (!o.containsKey(v)) {
                    out.add(new Change(Impact.COMPATIBLE, "value-added", subject, "'" + v + "' now a concept"));
                } else if (!o.get(v).equals(n.get(v))) {
                    out.add(new Change(Impact.EDITORIAL, "value-relabelled", subject, "'" + v + "': " + o.get(v) + " → " + n.get(v)));
                }
            }
        }
    }

    private static void constraintChanges(String subject, Map<String, List<String>> o, Map<String, List<String>> n, List<Change> out) {
        for (String p : union(o.keySet(), n.keySet())) {
            List<String> before = o.getOrDefault(p, List.of());
            List<String> after = n.getOrDefault(p, List.of());
            if (before.equals(after)) {
                continue;
            }
            if (EDITORIAL.contains(p)) {
                out.add(new Change(Impact.EDITORIAL, "shape-reworded", subject, p + " changed"));
            } else if (before.isEmpty()) {
                out.add(new Change(Impact.BREAKING, "constraint-added", subject, p + " " + String.join(", ", after)));
            } else if (after.isEmpty()) {
                out.add(new Change(Impact.COMPATIBLE, "constraint-removed", subject, p + " " + String.join(", ", before)));
            } else {
                Impact impact = impact(p, before, after);
                out.add(new Change(impact, impact == Impact.COMPATIBLE ? "constraint-loosened" : "constraint-tightened",
                        subject, p + " " + String.join(", ", before) + " → " + String.join(", ", after)));
            }
        }
    }

    /** A bound moved outward, or {@code sh:in} only gained values: compatible; any other change: breaking. */
    private static Impact impact(String p, List<String> before, List<String> after) {
        if (p.equals("sh:in") && before.size() == 1 && after.size() == 1) {
            Set<String> was = new TreeSet<>(List.of(items(before.get(0))));
            return new TreeSet<>(List.of(items(after.get(0)))).containsAll(was) ? Impact.COMPATIBLE : Impact.BREAKING;
        }
        if ((LOWER_BOUNDS.contains(p) || UPPER_BOUNDS.contains(p)) && before.size() == 1 && after.size() == 1) {
            try {
                int c = new BigDecimal(after.get(0)).compareTo(new BigDecimal(before.get(0)));
                return (LOWER_BOUNDS.contains(p) ? c <= 0 : c >= 0) ? Impact.COMPATIBLE : Impact.BREAKING;
            } catch (NumberFormatException notNumeric) {
                return Impact.BREAKING;
            }
        }
        return Impact.BREAKING;
    }

    private static String[] items(String list) {
        return list.substring(1, list.length() - 1).split(" ");
    }

    /**
     * A profile's shapes, by rule id or local name, each as predicate → its values written canonically;
     * and its concepts, scheme name → notation → labels.
     */
    private record Described(Map<String, Map<String, List<String>>> shapes, Map<String, Map<String, String>> concepts) {}

    private static Described describe(Graph g) {
        Map<Node, String> names = new HashMap<>();
        Set<Node> shapes = new TreeSet<>(Comparator.comparing(Node::toString));
        g.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).forEach(t -> shapes.add(t.getSubject()));
        g.find(Node.ANY, RDF.type.asNode(), SHACL.PropertyShape).forEach(t -> shapes.add(t.getSubject()));
        g.find(Node.ANY, Vocab.RULE, Node.ANY).forEach(t -> shapes.add(t.getSubject()));
        for (Node s : shapes) {
            var rule = g.find(s, Vocab.RULE, Node.ANY).toList();
            if (!rule.isEmpty()) {
                names.put(s, rule.get(0).getObject().getLiteralLexicalForm());
            } else if (s.isURI()) {
                names.put(s, localName(s.getURI()));
            }
        }
        Map<Node, String> concepts = new HashMap<>();
        Map<String, Map<String, String>> schemes = new TreeMap<>();
        g.find(Node.ANY, IN_SCHEME, Node.ANY).forEach(t -> {
            String scheme = localName(t.getObject().toString());
            g.find(t.getSubject(), NOTATION, Node.ANY).forEach(n -> {
                String notation = n.getObject().getLiteralLexicalForm();
                concepts.put(t.getSubject(), "concept(" + scheme + "/" + notation + ")");
                List<String> labels = new ArrayList<>();
                g.find(t.getSubject(), PREF_LABEL, Node.ANY).forEach(l -> labels.add(l.getObject().getLiteralLexicalForm()
                        + "@" + l.getObject().getLiteralLanguage()));
                labels.sort(null);
                schemes.computeIfAbsent(scheme, k -> new TreeMap<>()).put(notation, String.join(", ", labels));
            });
        });
        Map<String, Map<String, List<String>>> described = new TreeMap<>();
        names.forEach((shape, name) -> {
            Map<String, List<String>> constraints = new TreeMap<>();
            g.find(shape, Node.ANY, Node.ANY).forEach(t -> {
                if (!t.getPredicate().equals(Vocab.RULE)) {
                    constraints.computeIfAbsent(PREFIXES.shortForm(t.getPredicate().getURI()), k -> new ArrayList<>())
                            .add(value(g, t.getObject(), names, concepts));
                }
            });
            constraints.values().forEach(v -> v.sort(null));
            described.put(name, constraints);
        });
        return new Described(described, schemes);
    }

    /** A node written so that the same constraint reads the same in both versions. */
    private static String value(Graph g, Node n, Map<Node, String> shapes, Map<Node, String> concepts) {
        if (shapes.containsKey(n)) {
            return "shape(" + shapes.get(n) + ")";
        }
        if (concepts.containsKey(n)) {
            return concepts.get(n);
        }
        if (n.isURI()) {
            return n.getURI().startsWith("https://govmeta.github.io/vocab/") ? "scheme(" + localName(n.getURI()) + ")"
                    : PREFIXES.shortForm(n.getURI());
        }
        if (n.isLiteral()) {
            String dt = PREFIXES.shortForm(n.getLiteralDatatypeURI());
            if (PLAIN.contains(dt)) {
                return n.getLiteralLexicalForm();
            }
            return "\"" + n.getLiteralLexicalForm() + "\"" + (n.getLiteralLanguage().isEmpty()
                    ? (dt.equals("xsd:string") ? "" : "^^" + dt) : "@" + n.getLiteralLanguage());
        }
        if (g.contains(n, RDF.first.asNode(), Node.ANY)) {
            List<String> items = new ArrayList<>();
            for (Node l = n; l != null && !l.equals(RDF.nil.asNode()); ) {
                Node item = g.find(l, RDF.first.asNode(), Node.ANY).next().getObject();
                items.add(value(g, item, shapes, concepts));
                var rest = g.find(l, RDF.rest.asNode(), Node.ANY).toList();
                l = rest.isEmpty() ? null : rest.get(0).getObject();
            }
            return "(" + String.join(" ", items) + ")";
        }
        List<String> parts = new ArrayList<>();
        g.find(n, Node.ANY, Node.ANY).forEach(t -> parts.add(PREFIXES.shortForm(t.getPredicate().getURI()) + " "
                + value(g, t.getObject(), shapes, concepts)));
        parts.sort(null);
        return "[" + String.join("; ", parts) + "]";
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** The shapes of a profile and its bases in one graph; none without a DCAT form. */
    private static Graph graph(Profile profile) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Profile.DcatForm form : profile.dcatChain()) {
            for (String file : form.shapes()) {
                try (InputStream in = form.folder().open(file)) {
                    RDFParser.create().source(in).lang(Lang.TURTLE).parse(g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RiotException e) {
                    throw new ProfileException(form.folder().describe(file) + ": not valid Turtle: " + e.getMessage(), e);
                }
            }
        }
        return g;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}
