package io.github.govmeta.core.input;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a record starts in its source, keyed by RFC 6901 JSON Pointer. Built by a reader
 * while it reads, then only read. Not thread-safe while being built.
 */
public final class PositionIndex {
    private final Map<String, Position> positions = new HashMap<>();

    public void put(String pointer, Position position) {
        positions.put(pointer, position);
    }

    public boolean has(String pointer) {
        return positions.containsKey(pointer);
    }

    /** The positions under {@code prefix}, re-keyed relative to it. */
    public PositionIndex subIndex(String prefix) {
        PositionIndex sub = new PositionIndex();
        positions.forEach((pointer, position) -> {
            if (pointer.equals(prefix)) {
                sub.put("", position);
            } else if (pointer.startsWith(prefix + "/")) {
                sub.put(pointer.substring(prefix.length()), position);
            }
        });
        return sub;
    }

    /** The position of {@code pointer}, or of its nearest ancestor that has one. */
    public Position find(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Position.UNKNOWN;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Appends an escaped RFC 6901 reference token to a pointer. */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
