package io.github.govmeta.core.jsonschema;

import com.networknt.schema.path.NodePath;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Names the rule behind a JSON Schema error: the deepest {@code x-rule} on the error's evaluation path,
 * following {@code $ref}s into the profile's other schemas (see {@code schemas/README.md}). Results are
 * cached per path, since the same paths recur in every record. Thread-safe.
 */
final class RuleAttribution {
    static final String KEYWORD = "x-rule";

    private final Map<String, JsonNode> documents;
    private final String entryId;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    RuleAttribution(Map<String, JsonNode> documents, String entryId) {
        this.documents = documents;
        this.entryId = entryId;
    }

    /** The rule id, or null when no {@code x-rule} covers the path. */
    String ruleFor(NodePath evaluationPath) {
        String found = cache.computeIfAbsent(evaluationPath.toString(), k -> walk(evaluationPath));
        return found.isEmpty() ? null : found;
    }

    private String walk(NodePath path) {
        String doc = entryId;
        JsonNode node = documents.get(entryId);
        String rule = ruleOf(node, "");
        for (int i = 0; i < path.getNameCount() && node != null; i++) {
            Object element = path.getElement(i);
            String name = String.valueOf(element);
            if (node.isArray()) {
                node = name.matches("\\d+") ? node.get(Integer.parseInt(name)) : null;
            } else if (node.isObject() && "$ref".equals(name) && node.path("$ref").isString()) {
                URI target = URI.create(doc).resolve(node.get("$ref").asString());
                doc = target.getScheme() + ":" + target.getSchemeSpecificPart();
                JsonNode root = documents.get(doc);
                String fragment = target.getFragment();
                node = root == null ? null : fragment == null || fragment.isEmpty() ? root : root.at(fragment);
                node = node == null || node.isMissingNode() ? null : node;
            } else if (node.isObject() && !"$dynamicRef".equals(name)) {
                node = node.get(name);
            } else {
                node = null;
            }
            rule = ruleOf(node, rule);
        }
        return rule;
    }

    private static String ruleOf(JsonNode node, String current) {
        if (node != null && node.isObject() && node.path(KEYWORD).isString()) {
            return node.get(KEYWORD).asString();
        }
        return current;
    }
}
