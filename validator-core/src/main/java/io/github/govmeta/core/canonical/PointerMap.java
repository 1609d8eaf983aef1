package io.github.govmeta.core.canonical;

import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a JSON Pointer in the canonical record back to the pointer of the value as written in the source.
 * Only rewritten fields have entries; everything else maps to itself. Immutable once built.
 */
public final class PointerMap {
    private final TreeMap<String, String> rewrites = new TreeMap<>();

    void rewrite(String canonicalPrefix, String sourcePointer) {
        rewrites.put(canonicalPrefix, sourcePointer);
    }

    /** The source pointer for {@code canonical}: the rewrite of its longest rewritten prefix, else itself. */
    public String toSource(String canonical) {
        String p = canonical;
        while (true) {
            String hit = rewrites.get(p);
            if (hit != null) {
                return hit;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return canonical;
            }
            p = p.substring(0, slash);
        }
    }
}
