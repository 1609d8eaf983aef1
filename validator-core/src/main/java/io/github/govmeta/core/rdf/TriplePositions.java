package io.github.govmeta.core.rdf;

import io.github.govmeta.core.input.Position;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Where the triples of a source (or of one description of it) are written, kept compactly: for each node
 * the position of its first triple as subject, and for each (subject, predicate) the position of its first
 * triple — one packed {@code long} per pair, keyed by the graph's own {@link Node} objects, never a copy of
 * the triples. Positions unknown to the parser (line 0) are not kept. Not thread-safe.
 */
public final class TriplePositions {
    private final Map<Node, Entry> bySubject = new HashMap<>();

    /** A subject's first position and its predicates' first positions, in the order first written. */
    private static final class Entry {
        long first;
        Node[] predicates = new Node[4];
        long[] positions = new long[4];
        int size;

        long of(Node predicate) {
            for (int i = 0; i < size; i++) {
                if (predicates[i] == predicate) {
                    return positions[i];
                }
            }
            for (int i = 0; i < size; i++) {
                if (predicates[i].equals(predicate)) {
                    return positions[i];
                }
            }
            return 0;
        }

        void add(Node predicate, long position) {
            if (predicate == null || of(predicate) != 0) {
                return;
            }
            if (size == predicates.length) {
                predicates = Arrays.copyOf(predicates, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
            }
            predicates[size] = predicate;
            positions[size++] = position;
        }
    }

    /** Notes the triple (subject, predicate) written at {@code line}:{@code column}, unless one was noted before. */
    public void add(Node subject, Node predicate, int line, int column) {
        if (line <= 0) {
            return;
        }
        long position = pack(line, column);
        Entry e = bySubject.get(subject);
        if (e == null) {
            e = new Entry();
            e.first = position;
            bySubject.put(subject, e);
        }
        e.add(predicate, position);
    }

    /** Notes where a node is described when no triple position is known (a JSON-LD node object's {@code @id}). */
    public void addNode(Node subject, int line, int column) {
        add(subject, null, line, column);
    }

    /**
     * Where the triple ({@code subject}, {@code predicate}) is first written; else where {@code subject} is
     * first described (its first triple as subject, or its node object); else {@link Position#UNKNOWN}.
     * {@code predicate} may be null.
     */
    public Position of(Node subject, Node predicate) {
        Entry e = subject == null ? null : bySubject.get(subject);
        if (e == null) {
            return Position.UNKNOWN;
        }
        long p = predicate == null ? 0 : e.of(predicate);
        return unpack(p != 0 ? p : e.first);
    }

    /** Whether a position is known for a triple of {@code subject}. */
    public boolean described(Node subject) {
        return bySubject.containsKey(subject);
    }

    public void clear() {
        bySubject.clear();
    }

    private static long pack(int line, int column) {
        return (long) line << 32 | (Math.max(column, 0) & 0xFFFFFFFFL);
    }

    private static Position unpack(long p) {
        return new Position((int) (p >>> 32), (int) p);
    }
}
