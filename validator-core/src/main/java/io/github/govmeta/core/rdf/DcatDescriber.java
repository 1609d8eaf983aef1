package io.github.govmeta.core.rdf;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code dcat:Dataset} back into the profile's CKAN form, field by field as the profile's
 * {@link DcatMapping} says — the inverse of {@link DcatConverter}, for listeners that read values (quality
 * scoring), so a dataset scores the same whichever form it came in. Only mapped fields come back: the
 * fields the mapping leaves out ({@link DcatMapping#unmapped()}) are absent. A concept IRI of the field's
 * scheme becomes its stored value; another IRI, or a literal where a concept belongs, is kept as written.
 * Thread-safe.
 */
public final class DcatDescriber {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DcatMapping mapping;

    public DcatDescriber(DcatMapping mapping) {
        this.mapping = mapping;
    }

    /** The CKAN form of {@code dataset} in {@code graph}, named {@code name}; distributions in IRI order. */
    public ObjectNode describe(Graph graph, Node dataset, String name) {
        ObjectNode record = JSON.objectNode();
        record.put("name", name);
        read(graph, dataset, mapping.fields(), record);
        List<Node> distributions = objects(graph, List.of(dataset), mapping.resourcePath());
        if (!distributions.isEmpty()) {
            ArrayNode resources = record.putArray("resources");
            for (Node d : distributions) {
                ObjectNode resource = JSON.objectNode();
                read(graph, d, mapping.resourceFields(), resource);
                resources.add(resource);
            }
        }
        return record;
    }

    private void read(Graph graph, Node subject, Map<String, DcatMapping.Field> fields, ObjectNode out) {
        fields.forEach((key, field) -> {
            if (key.equals("name")) {
                return;
            }
            List<Node> subjects = List.of(subject);
            List<String> steps = mapping.steps(field);
            for (int i = 0; i < steps.size() - 1 && !subjects.isEmpty(); i++) {
                subjects = objects(graph, subjects, steps.get(i));
            }
            List<Node> values = subjects.isEmpty() ? List.of() : objects(graph, subjects, steps.get(steps.size() - 1));
            if (values.isEmpty()) {
                return;
            }
            if (field.kind().equals("tags")) {
                ArrayNode tags = out.putArray(key);
                values.forEach(v -> tags.addObject().put("name", lexical(v)));
            } else if (field.kind().equals("text")) {
                out.put(key, text(values));
            } else if (values.size() == 1) {
                out.set(key, value(field, values.get(0)));
            } else {
                ArrayNode all = out.putArray(key);
                values.forEach(v -> all.add(value(field, v)));
            }
        });
    }

    private JsonNode value(DcatMapping.Field field, Node node) {
        String text = lexical(node);
        return switch (field.kind()) {
            case "integer" -> integer(text);
            case "email" -> JSON.stringNode(text.startsWith("mailto:") ? text.substring("mailto:".length()) : text);
            case "concept" -> JSON.stringNode(concept(field, node, text));
            default -> JSON.stringNode(text);
        };
    }

    private String concept(DcatMapping.Field field, Node node, String text) {
        String base = mapping.vocabularyBase() + field.scheme() + "/";
        return node.isURI() && text.startsWith(base) ? URLDecoder.decode(text.substring(base.length()), StandardCharsets.UTF_8) : text;
    }

    private static JsonNode integer(String text) {
        try {
            return JSON.numberNode(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return JSON.stringNode(text);
        }
    }

    /**
     * One CKAN text from the literals of a property: a title given in Thai and in English becomes
     * "Thai / English" (CKAN has one title), the {@code @th} literal first.
     */
    private static String text(List<Node> values) {
        List<String> texts = new ArrayList<>();
        values.stream().filter(v -> v.isLiteral() && v.getLiteralLanguage().equalsIgnoreCase("th")).forEach(v -> texts.add(lexical(v)));
        values.stream().filter(v -> !(v.isLiteral() && v.getLiteralLanguage().equalsIgnoreCase("th"))).forEach(v -> texts.add(lexical(v)));
        return String.join(" / ", texts.stream().distinct().toList());
    }

    private static String lexical(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.getBlankNodeLabel();
    }

    /** The objects of {@code property} from each subject, in a stable order. */
    private List<Node> objects(Graph graph, List<Node> subjects, String property) {
        Node p = NodeFactory.createURI(mapping.expand(property));
        List<Node> out = new ArrayList<>();
        for (Node s : subjects) {
            graph.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject()));
        }
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
