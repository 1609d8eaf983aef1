package io.github.govmeta.core.shacl;

import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.profile.AllowedValues;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleCatalog;
import io.github.govmeta.core.rdf.Vocab;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.shared.PrefixMapping;

/**
 * The one place a Jena SHACL {@link ReportEntry} becomes a {@link Finding}: the rule is the source shape's
 * {@code govmeta:rule} (so DCAT and CKAN JSON carry the same rule ids and catalogue messages); a shape
 * without one (external shapes) gives {@code GOVMETA-SHACL} with the shape's own message and severity.
 * The JSON Pointer slot holds the result path (prefixed); extras hold the focus node, source shape and
 * constraint component; {@code {ce}} is the value read with the profile's Buddhist era; {@code {allowed}}
 * the values the source shape allows, whatever the value is (a literal, another vocabulary's IRI, one of
 * govmeta's concepts): the members of its {@code sh:in}, else the notations of the concept scheme its
 * {@code sh:node} requires ({@code skos:inScheme} {@code sh:hasValue}), else those of the scheme a
 * govmeta concept IRI claims. Line and column are the caller's (where the triple is written). Thread-safe.
 */
final class ShaclFindingAdapter {
    static final String EXTERNAL = "GOVMETA-SHACL";
    /** Concept IRIs of govmeta's vocabularies end in the stored CKAN value, percent-encoded. */
    private static final String VOCABULARIES = "https://govmeta.github.io/vocab/";
    private static final Node SKOS_IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");
    private static final Node SKOS_NOTATION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation");
    /** Properties that name a node, in the order a blank node's name is looked for. */
    private static final List<Node> LABELS = List.of(NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), SKOS_NOTATION,
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), NodeFactory.createURI("http://purl.org/dc/terms/title"));

    private final Graph shapes;
    private final RuleCatalog rules;
    private final PrefixMapping prefixes;
    private final BuddhistEra era;
    /** Thai dictionary order (a leading vowel sorts after its consonant), then code points: deterministic. */
    private static final Collator THAI = Collator.getInstance(Locale.forLanguageTag("th")); // its methods are synchronized
    private static final Comparator<String> THAI_ORDER = Comparator.comparing((String s) -> THAI.getCollationKey(s))
            .thenComparing(Comparator.naturalOrder());

    private final Map<Node, List<String>> allowedByShape = new ConcurrentHashMap<>();

    ShaclFindingAdapter(Graph shapes, RuleCatalog rules, PrefixMapping prefixes, BuddhistEra era) {
        this.era = era;
        this.shapes = shapes;
        this.rules = rules;
        this.prefixes = prefixes;
    }

    /**
     * @param data the data graph validated, where a blank node's label is looked up
     * @param at   where the finding's triple is written ({@link Position#UNKNOWN} when not known)
     */
    Finding toFinding(ReportEntry e, String source, String dataset, Graph data, Position at) {
        String ruleId = ruleOf(e.source());
        Rule rule = ruleId == null ? null : rules.find(ruleId).orElse(null);
        String path = e.resultPath() == null ? null : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes));
        LocalizedText blank = e.value() != null && e.value().isBlank() ? blankNode(e.value(), data) : null;
        String value = e.value() == null ? null : blank != null ? blank.en() : text(e.value());
        List<String> allowed = allowed(e.source());
        if (allowed.isEmpty() && e.value() != null && e.value().isURI() && e.value().getURI().startsWith(VOCABULARIES)) {
            allowed = notations(NodeFactory.createURI(e.value().getURI().substring(0, e.value().getURI().lastIndexOf('/'))));
        }
        Map<String, String> args = new HashMap<>();
        args.put("value", value == null ? "" : value);
        if (blank != null) {
            args.putAll(LocalizedText.argument("value", blank));
        }
        args.put("ce", value == null ? "" : era.toChristianEra(value));
        args.putAll(AllowedValues.argument(allowed));
        args.put("property", path == null ? "" : path);
        args.put("detail", e.message() == null ? "" : e.message());
        Severity severity;
        if (rule == null) {
            rule = rules.find(EXTERNAL).orElseThrow();
            severity = switch (e.severity().level().getLocalName()) {
                case "Warning" -> Severity.WARNING;
                case "Info" -> Severity.INFO;
                default -> Severity.ERROR;
            };
        } else {
            severity = rule.severity();
        }
        Map<String, String> extras = new TreeMap<>();
        extras.put("focusNode", text(e.focusNode()));
        if (e.source() != null) {
            extras.put("sourceShape", text(e.source()));
        }
        if (e.sourceConstraintComponent() != null) {
            extras.put("constraint", prefixes.shortForm(e.sourceConstraintComponent().getURI()));
        }
        Finding finding = rule.finding(args, new Location(source, at.line(), at.column(), path), dataset, value, extras);
        LocalizedText cause = cause(e, data);
        if (cause != null) {
            finding = finding.withCause(cause);
        }
        return finding.severity() == severity ? finding : finding.withSeverity(severity);
    }

    /**
     * What is wrong when it is the kind of the value, not its text, that fails — a rule's message is written
     * for the text, so without this it would contradict the value it shows: a date written as a plain
     * literal, a URL or e-mail written as a literal where an IRI belongs, a blank node where a concept or
     * a text belongs. Null when the text is the cause.
     */
    private LocalizedText cause(ReportEntry e, Graph data) {
        Node v = e.value();
        Node component = e.sourceConstraintComponent();
        if (v == null || component == null) {
            return null;
        }
        if (v.isBlank()) {
            LocalizedText node = blankNode(v, data);
            return new LocalizedText("ค่าเป็น " + node.th() + " ไม่ใช่ IRI หรือข้อความ", "the value is " + node.en() + ", not an IRI or a text");
        }
        if (v.isLiteral() && component.equals(SHACL.DatatypeConstraintComponent)) {
            String expected = expected(e.source(), SHACL.datatype);
            String actual = prefixes.shortForm(v.getLiteralDatatypeURI());
            boolean lexical = expected != null && org.apache.jena.datatypes.TypeMapper.getInstance()
                    .getSafeTypeByName(prefixes.expandPrefix(expected)).isValid(v.getLiteralLexicalForm());
            String write = lexical ? "\"" + v.getLiteralLexicalForm() + "\"^^" + expected : null;
            return new LocalizedText("ค่าเป็น literal ชนิด " + actual + " ไม่ใช่ " + expected + (write == null ? "" : " ให้เขียนเป็น " + write),
                    "the value is a literal of type " + actual + ", not " + expected + (write == null ? "" : "; write " + write));
        }
        if (v.isLiteral() && component.equals(SHACL.NodeKindConstraintComponent)) {
            return new LocalizedText("ค่าเป็นข้อความ (literal) ไม่ใช่ IRI ให้เขียนเป็น <" + v.getLiteralLexicalForm() + ">",
                    "the value is a literal, not an IRI; write <" + v.getLiteralLexicalForm() + ">");
        }
        return null;
    }

    /** The object of {@code property} on a shape, prefixed, or null. */
    private String expected(Node shape, Node property) {
        if (shape == null) {
            return null;
        }
        var found = shapes.find(shape, property, Node.ANY).toList();
        return found.isEmpty() || !found.get(0).getObject().isURI() ? null : prefixes.shortForm(found.get(0).getObject().getURI());
    }

    /** A blank node as a reader can know it — by its label in the data, never by its internal id. */
    private static LocalizedText blankNode(Node node, Graph data) {
        for (Node p : LABELS) {
            var it = data == null ? null : data.find(node, p, Node.ANY);
            if (it == null) {
                break;
            }
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral()) {
                        String label = o.getLiteralLexicalForm();
                        String name = p.getLocalName();
                        return new LocalizedText("blank node ที่มี " + name + " '" + label + "'", "a blank node with " + name + " '" + label + "'");
                    }
                }
            } finally {
                it.close();
            }
        }
        return new LocalizedText("blank node ที่ไม่มีชื่อกำกับ", "a blank node without a label");
    }

    private String ruleOf(Node shape) {
        if (shape == null) {
            return null;
        }
        var it = shapes.find(shape, Vocab.RULE, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }

    /** The values a shape allows (empty when it names no list), worked out once per shape. */
    private List<String> allowed(Node shape) {
        return shape == null ? List.of() : allowedByShape.computeIfAbsent(shape, s -> {
            Node in = object(s, SHACL.in);
            if (in != null) {
                return GraphList.members(new GNode(shapes, in)).stream().map(this::text).toList();
            }
            Node node = object(s, SHACL.node);
            if (node != null) {
                for (Node property : shapes.find(node, SHACL.property, Node.ANY).mapWith(t -> t.getObject()).toList()) {
                    Node scheme = object(property, SHACL.hasValue);
                    if (SKOS_IN_SCHEME.equals(object(property, SHACL.path)) && scheme != null) {
                        return notations(scheme);
                    }
                }
            }
            return List.of();
        });
    }

    /** The stored values (notations) of a concept scheme's concepts, in Thai dictionary order (SKOS has none). */
    private List<String> notations(Node scheme) {
        List<String> values = new ArrayList<>();
        shapes.find(Node.ANY, SKOS_IN_SCHEME, scheme).forEach(t ->
                shapes.find(t.getSubject(), SKOS_NOTATION, Node.ANY).forEach(n -> values.add(n.getObject().getLiteralLexicalForm())));
        values.sort(THAI_ORDER);
        return List.copyOf(values);
    }

    private Node object(Node subject, Node predicate) {
        var it = shapes.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private String text(Node n) {
        if (n.isURI() && n.getURI().startsWith(VOCABULARIES)) {
            String last = n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
            return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        if (n.isURI() && n.getURI().startsWith("mailto:")) {
            return n.getURI().substring("mailto:".length()); // the address, as the CKAN field holds it
        }
        if (n.isURI()) {
            return prefixes.shortForm(n.getURI());
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString(); // a focus node's id, for machines
    }
}
