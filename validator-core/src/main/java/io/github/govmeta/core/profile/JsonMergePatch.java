package io.github.govmeta.core.profile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** RFC 7396 JSON Merge Patch, how a profile's examples change a valid base dataset. */
public final class JsonMergePatch {
    private JsonMergePatch() {}

    /** {@code target} changed by {@code patch}: {@code null} removes a key, objects merge, anything else replaces. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || patch.isMissingNode()) {
            return target;
        }
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        patch.properties().forEach(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), apply(result.get(e.getKey()), e.getValue()));
            }
        });
        return result;
    }
}
