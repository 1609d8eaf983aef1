package io.github.govmeta.core.jsonschema;

import com.networknt.schema.path.NodePath;

/** The one conversion of a networknt path to an RFC 6901 JSON Pointer ({@code ~} and {@code /} escaped). */
public final class JsonPointers {
    private JsonPointers() {}

    public static String of(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
