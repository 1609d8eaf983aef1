package io.github.govmeta.core.rdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Splits a stream of triples, in document order, into self-contained descriptions — typically one
 * dataset with its distributions and blank nodes each — and hands each over as a small graph, so a large
 * catalog is validated one description at a time. A description runs on while each triple's subject is a
 * node already mentioned in it; a subject not mentioned starts the next one.
 *
 * <p>The split is only used when it cannot change a result: no subject may appear in two descriptions,
 * and no node described in one may be referred to from another (a {@code dcat:Catalog} listing its
 * datasets, an agent described once and shared). The chunker remembers 64-bit hashes of the nodes of the
 * descriptions it has handed over (a hash collision can only make it give up, never accept wrongly) and
 * throws {@link NotSeparable} when the input breaks this, or when a description grows beyond
 * {@code maxTriples}; the caller then validates the whole graph instead. Memory: the current description
 * plus 16–32 bytes per node of the descriptions before it; the positions of the current description's
 * triples only. Not thread-safe.
 */
public final class DatasetChunker extends StreamRDFBase implements RdfReader.Located {
    private final BiConsumer<Graph, TriplePositions> descriptions;
    private final int maxTriples;
    private final LongSet closedSubjects = new LongSet();
    private final LongSet closedReferences = new LongSet();
    private Graph current;
    private final Set<Node> mentioned = new HashSet<>();
    private final Set<Node> subjects = new HashSet<>();
    /** Where the current description's triples are written (handed over with it: only the current one is kept here). */
    private TriplePositions positions = new TriplePositions();
    private int line;
    private int column;

    /** The input cannot be split into self-contained descriptions; validate it whole. */
    public static final class NotSeparable extends RuntimeException {
        NotSeparable(String why) {
            super(why, null, false, false);
        }
    }

    public DatasetChunker(Consumer<Graph> descriptions, int maxTriples) {
        this((g, positions) -> descriptions.accept(g), maxTriples);
    }

    /**
     * @param descriptions receives each description and where its triples are written (when the reader tells
     *                     it, {@link RdfReader.Located}); both are the receiver's to keep (a description
     *                     may be checked on another thread)
     */
    public DatasetChunker(BiConsumer<Graph, TriplePositions> descriptions, int maxTriples) {
        this.descriptions = descriptions;
        this.maxTriples = maxTriples;
    }

    @Override
    public void at(int line, int column) {
        this.line = line;
        this.column = column;
    }

    @Override
    public void triple(Triple t) {
        Node s = t.getSubject();
        Node o = t.getObject();
        if (current != null && !mentioned.contains(s)) {
            close();
        }
        if (current == null) {
            current = GraphFactory.createDefaultGraph();
        }
        if (subjects.add(s) && (closedSubjects.contains(hash(s)) || closedReferences.contains(hash(s)))) {
            throw new NotSeparable(s + " is described or referred to in two places");
        }
        if ((o.isURI() || o.isBlank()) && closedSubjects.contains(hash(o))) {
            throw new NotSeparable(o + " is referred to apart from its description");
        }
        mentioned.add(s);
        if (o.isURI() || o.isBlank()) {
            mentioned.add(o);
        }
        current.add(t);
        positions.add(s, t.getPredicate(), line, column);
        line = 0;
        if (current.size() > maxTriples) {
            throw new NotSeparable("a description of more than " + maxTriples + " triples");
        }
    }

    @Override
    public void quad(Quad q) {
        triple(q.asTriple());
    }

    @Override
    public void finish() {
        if (current != null) {
            close();
        }
    }

    private void close() {
        for (Node n : mentioned) {
            (subjects.contains(n) ? closedSubjects : closedReferences).add(hash(n));
        }
        Graph g = current;
        current = null;
        mentioned.clear();
        subjects.clear();
        TriplePositions written = positions;
        positions = new TriplePositions();
        descriptions.accept(g, written);
    }

    /**
     * The triples of a graph in an order the chunker splits back into the same descriptions: from each
     * node that is no triple's object (a dataset), breadth first through the nodes it refers to; roots and
     * each node's triples sorted, so the order is deterministic. What {@code govmeta convert} writes.
     */
    public static List<Triple> readingOrder(Graph g) {
        Comparator<Triple> byText = Comparator.comparing(Triple::toString);
        Set<Node> objects = new HashSet<>();
        g.find().forEach(t -> objects.add(t.getObject()));
        List<Node> roots = g.find().mapWith(Triple::getSubject).toSet().stream()
                .filter(n -> !objects.contains(n)).sorted(Comparator.comparing(Node::toString)).toList();
        List<Triple> out = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>(roots);
        Deque<Node> queue = new ArrayDeque<>(roots);
        while (true) {
            while (!queue.isEmpty()) {
                List<Triple> ts = g.find(queue.poll(), Node.ANY, Node.ANY).toList();
                ts.sort(byText);
                for (Triple t : ts) {
                    out.add(t);
                    if (!t.getObject().isLiteral() && seen.add(t.getObject())) {
                        queue.add(t.getObject());
                    }
                }
            }
            // cycles with no root: start from the least subject not yet written
            Node next = g.find().mapWith(Triple::getSubject).filterDrop(seen::contains).toList().stream()
                    .min(Comparator.comparing(Node::toString)).orElse(null);
            if (next == null) {
                return out;
            }
            seen.add(next);
            queue.add(next);
        }
    }

    /** A 64-bit hash of a node (an IRI's text, a blank node's label). */
    public static long hash(Node n) {
        String s = n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= (long) s.hashCode() << 32 | s.length();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    /** An open-addressing set of longs (0 stands for itself through a flag). Not thread-safe. */
    public static final class LongSet {
        private long[] table = new long[1 << 12];
        private int size;
        private boolean zero;

        public boolean contains(long v) {
            if (v == 0) {
                return zero;
            }
            int mask = table.length - 1;
            for (int i = (int) (v ^ (v >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (table[i] == v) {
                    return true;
                }
                if (table[i] == 0) {
                    return false;
                }
            }
        }

        public void add(long v) {
            if (v == 0) {
                zero = true;
                return;
            }
            if (2 * (size + 1) > table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                size = 0;
                for (long x : old) {
                    if (x != 0) {
                        insert(x);
                    }
                }
            }
            insert(v);
        }

        private void insert(long v) {
            int mask = table.length - 1;
            for (int i = (int) (v ^ (v >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (table[i] == v) {
                    return;
                }
                if (table[i] == 0) {
                    table[i] = v;
                    size++;
                    return;
                }
            }
        }
    }
}
