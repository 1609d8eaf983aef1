package io.github.govmeta.core.rdf;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Where the nodes of a JSON-LD document are described: the JSON-LD processor tells no positions, so the
 * document (already held whole and parsed) is scanned for node objects' {@code "@id": "IRI"} members, and
 * each node of the graph gets the line and column of the {@code "@id"} key of the first node object that
 * describes it (one with members besides {@code @id}), else of its first reference. An {@code @id} is
 * matched to a node as written, as a compact IRI of the graph's prefixes or of the prefixes of the remote
 * contexts the document loaded, or resolved against the base;
 * blank nodes ({@code _:} labels are renamed by the processor) and {@code @context} are left out.
 */
final class JsonLdPositions {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonLdPositions() {}

    /** @param prefixes the prefixes of the remote contexts the document uses ({@link BundledContexts#prefixes}) */
    static void scan(byte[] document, Graph graph, String base, TriplePositions positions, Map<String, String> prefixes) {
        Map<String, long[]> described = new LinkedHashMap<>();
        Map<String, long[]> referenced = new LinkedHashMap<>();
        Deque<Frame> objects = new ArrayDeque<>();
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(),
                new InputStreamReader(new ByteArrayInputStream(document), StandardCharsets.UTF_8))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> objects.push(new Frame());
                    case END_OBJECT -> {
                        Frame f = objects.pop();
                        if (f.id != null) {
                            (f.members > 1 ? described : referenced).putIfAbsent(f.id, f.at);
                        }
                    }
                    case PROPERTY_NAME -> {
                        Frame f = objects.peek();
                        f.members++;
                        String name = p.currentName();
                        TokenStreamLocation at = p.currentTokenLocation();
                        JsonToken value = p.nextToken();
                        if ("@context".equals(name)) {
                            p.skipChildren();
                        } else if ("@id".equals(name) && value == JsonToken.VALUE_STRING && f.id == null) {
                            f.id = p.getString();
                            f.at = new long[] {at.getLineNr(), at.getColumnNr()};
                        } else if (value == JsonToken.START_OBJECT) {
                            objects.push(new Frame());
                        }
                    }
                    default -> { }
                }
            }
        } catch (JacksonException e) {
            // the processor read the document; a part the scanner cannot read is left without positions
        }
        for (Map<String, long[]> found : java.util.List.of(described, referenced)) {
            for (Map.Entry<String, long[]> e : found.entrySet()) {
                Node n = node(e.getKey(), graph, base, prefixes);
                if (n != null) {
                    positions.addNode(n, (int) e.getValue()[0], (int) e.getValue()[1]);
                }
            }
        }
    }

    /** The graph's node an {@code @id} names, or null. */
    private static Node node(String id, Graph graph, String base, Map<String, String> prefixes) {
        if (id.startsWith("_:")) {
            return null;
        }
        Node n = NodeFactory.createURI(id);
        if (graph.contains(n, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, n)) {
            return n;
        }
        String expanded = graph.getPrefixMapping().expandPrefix(id);
        if (!expanded.equals(id)) {
            return NodeFactory.createURI(expanded);
        }
        int colon = id.indexOf(':');
        if (colon > 0 && prefixes.containsKey(id.substring(0, colon)) && !id.startsWith("//", colon + 1)) {
            return NodeFactory.createURI(prefixes.get(id.substring(0, colon)) + id.substring(colon + 1));
        }
        try {
            return NodeFactory.createURI(IRIs.resolve(base, id));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final class Frame {
        int members;
        String id;
        long[] at;
    }
}
