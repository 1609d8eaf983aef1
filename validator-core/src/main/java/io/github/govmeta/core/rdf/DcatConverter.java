package io.github.govmeta.core.rdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import tools.jackson.databind.JsonNode;

/**
 * Turns canonical CKAN datasets into DCAT, field by field as the profile's {@link DcatMapping} says — no
 * Java per field. A value that cannot take its kind (a date that is not ISO, a URL without a scheme) is
 * written as a plain literal, so the shapes report it as the JSON Schemas do. Thread-safe.
 */
public final class DcatConverter {
    private final DcatMapping mapping;

    public DcatConverter(DcatMapping mapping) {
        this.mapping = mapping;
    }

    /** Adds one dataset to {@code graph}; returns its node. */
    public Node add(Graph graph, JsonNode record, int index) {
        String name = record.path("name").asString("");
        Node dataset = NodeFactory.createURI(mapping.datasetIri(name, index));
        graph.add(dataset, RDF.type.asNode(), Vocab.DCAT_DATASET);
        write(graph, dataset, record, mapping.fields());
        JsonNode resources = record.path("resources");
        for (int i = 0; resources.isArray() && i < resources.size(); i++) {
            if (!resources.get(i).isObject()) {
                continue;
            }
            Node dist = NodeFactory.createURI(dataset.getURI() + "/resource/" + (i + 1));
            graph.add(dataset, uri(mapping.resourcePath()), dist);
            graph.add(dist, RDF.type.asNode(), uri(mapping.resourceClass()));
            write(graph, dist, resources.get(i), mapping.resourceFields());
        }
        return dataset;
    }


    private void write(Graph graph, Node subject, JsonNode record, Map<String, DcatMapping.Field> fields) {
        Map<String, Node> intermediates = new HashMap<>();
        fields.forEach((key, field) -> {
            JsonNode value = record.get(key);
            if (value == null || value.isNull()) {
                return;
            }
            List<String> steps = mapping.steps(field);
            Node s = subject;
            for (int i = 0; i < steps.size() - 1; i++) {
                String prefix = String.join("/", steps.subList(0, i + 1));
                Node from = s;
                String step = steps.get(i);
                s = intermediates.computeIfAbsent(prefix, p -> {
                    Node b = NodeFactory.createBlankNode();
                    graph.add(from, uri(step), b);
                    return b;
                });
            }
            Node property = uri(steps.get(steps.size() - 1));
            for (Node object : objects(field, value)) {
                graph.add(s, property, object);
            }
        });
    }

    private List<Node> objects(DcatMapping.Field field, JsonNode value) {
        List<Node> out = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        for (JsonNode item : items) {
            String text = field.kind().equals("tags") ? item.path("name").asString(item.asString("")) : item.asString(item.toString());
            out.add(switch (field.kind()) {
                case "text", "tags" -> NodeFactory.createLiteralLang(text, "th");
                case "integer" -> item.isIntegralNumber() ? NodeFactory.createLiteralDT(text, XSDDatatype.XSDinteger)
                        : NodeFactory.createLiteralString(text);
                case "date" -> isoDate(text) ? NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate) : NodeFactory.createLiteralString(text);
                case "iri" -> text.matches("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$") ? NodeFactory.createURI(text) : NodeFactory.createLiteralString(text);
                case "email" -> text.matches("^\\S+$") ? NodeFactory.createURI("mailto:" + text) : NodeFactory.createLiteralString(text);
                case "concept" -> text.isBlank() ? NodeFactory.createLiteralString(text)
                        : NodeFactory.createURI(mapping.vocabularyBase() + field.scheme() + "/" + encode(text));
                default -> NodeFactory.createLiteralString(text);
            });
        }
        return out;
    }

    private static boolean isoDate(String s) {
        try {
            return s.matches("^\\d{4}-\\d{2}-\\d{2}$") && LocalDate.parse(s) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private Node uri(String prefixed) {
        return NodeFactory.createURI(mapping.expand(prefixed));
    }

    /** Percent-encodes every byte but the unreserved ASCII characters (RFC 3986), as the vocabularies do. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
