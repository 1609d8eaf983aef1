package io.github.govmeta.core.shacl;

import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.Severity;
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
 * govmeta concept IRI claims. RDF parsers give no positions, so line and column are unknown. Thread-safe.
 */
final class ShaclFindingAdapter {
    static final String EXTERNAL = "GOVMETA-SHACL";
    /** Concept IRIs of govmeta's vocabularies end in the stored CKAN value, percent-encoded. */
    private static final String VOCABULARIES = "https://govmeta.github.io/vocab/";
    private static final Node SKOS_IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");
    private static final Node SKOS_NOTATION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation");

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

    Finding toFinding(ReportEntry e, String source, String dataset) {
        String ruleId = ruleOf(e.source());
        Rule rule = ruleId == null ? null : rules.find(ruleId).orElse(null);
        String path = e.resultPath() == null ? null : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes));
        String value = e.value() == null ? null : text(e.value());
        List<String> allowed = allowed(e.source());
        if (allowed.isEmpty() && e.value() != null && e.value().isURI() && e.value().getURI().startsWith(VOCABULARIES)) {
            allowed = notations(NodeFactory.createURI(e.value().getURI().substring(0, e.value().getURI().lastIndexOf('/'))));
        }
        Map<String, String> args = new HashMap<>();
        args.put("value", value == null ? "" : value);
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
        Finding finding = rule.finding(args, new Location(source, 0, 0, path), dataset, value, extras);
        return finding.severity() == severity ? finding : finding.withSeverity(severity);
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
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }


}
