package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileModel;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.JsonText;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.Rule;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code govmeta schema export}: a profile's JSON Schemas as one self-contained file for editors (VS Code's
 * JSON support, Red Hat's YAML language server) and schema catalogs. Every schema the entry schema
 * refers to is embedded under {@code $defs} and each {@code $ref} rewritten to a local pointer, so the
 * file has no external reference; {@code $dynamicRef} is resolved to the definition that wins for this
 * profile (an extension's list replaces its base's). govmeta's own keywords become the annotations
 * editors read: field labels and the catalogue's rule texts in Thai and English as {@code title},
 * {@code description} and {@code markdownDescription}; choice labels as {@code enumDescriptions};
 * each rule id as {@code $comment}; and a {@code defaultSnippets} entry for a new dataset of each type,
 * with the fields that type requires. {@code x-compare} (two fields compared) has no JSON Schema form: it
 * is named in a {@code $comment} and left to govmeta. Immutable.
 */
public final class SchemaExport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String BASE = "https://govmeta.github.io/schemas/";

    private final Profile profile;
    private final Map<String, JsonNode> docs = new LinkedHashMap<>();
    private final Map<String, ProfileModel.Field> fields = new LinkedHashMap<>();
    /** Embedded documents: $id to the key under the bundle's $defs. */
    private final Map<String, String> embedded = new LinkedHashMap<>();
    private final ObjectNode defs = NODES.objectNode();
    private final ObjectNode bundle;

    private SchemaExport(Profile profile) {
        this.profile = profile;
        profile.schemas().forEach((id, text) -> docs.put(id, JsonText.parse(text)));
        ProfileModel.of(profile).fields().forEach(f -> fields.put(f.path(), f));
        JsonNode entry = docs.get(profile.entrySchemaId());
        if (entry == null) {
            throw new ProfileException(profile.ref() + ": no entry schema " + profile.entrySchemaId());
        }
        ObjectNode root = (ObjectNode) rewrite(entry, profile.entrySchemaId(), "", 0);
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", BASE + profile.id() + "/" + profile.version() + "/" + fileName());
        root.put("title", profile.title().th() + " · " + profile.title().en());
        String about = "govmeta " + profile.ref() + " — " + profile.source();
        root.put("description", about);
        root.put("$comment", "Exported by govmeta schema export from " + profile.ref() + ": every schema bundled, no external $ref."
                + " Checks JSON Schema cannot express (two fields compared, the web form's encodings) are govmeta's: run govmeta validate.");
        root.set("defaultSnippets", snippets());
        if (!defs.isEmpty()) {
            ObjectNode all = root.has("$defs") ? (ObjectNode) root.get("$defs") : NODES.objectNode();
            defs.properties().forEach(e -> all.set(e.getKey(), e.getValue()));
            root.set("$defs", all);
        }
        this.bundle = root;
    }

    /** The export of {@code profile}. */
    public static SchemaExport of(Profile profile) {
        return new SchemaExport(profile);
    }

    /** The file name the export is written as: {@code th-gdc-1.0.0.schema.json}. */
    public String fileName() {
        return profile.id() + "-" + profile.version() + ".schema.json";
    }

    /** The bundled schema. */
    public JsonNode schema() {
        return bundle;
    }

    /** The bundled schema as indented JSON text, ending with a line break. */
    public String text() {
        return JSON.writeValueAsString(bundle) + "\n";
    }

    // ---- bundling ----

    /**
     * A copy of {@code node} (from the document {@code docId}) with its references made local, its
     * govmeta keywords turned into annotations; {@code prefix} names the fields it holds ({@code resources[].}).
     */
    private JsonNode rewrite(JsonNode node, String docId, String prefix, int depth) {
        if (depth > 200) {
            throw new ProfileException(profile.ref() + ": schemas nested deeper than 200 levels");
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(item -> out.add(rewrite(item, docId, prefix, depth + 1)));
            return out;
        }
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            switch (key) {
                case "$schema", "$id", "x-title-th", "x-data-types", "x-labels", "x-rule", "x-compare", "$dynamicAnchor" -> { }
                case "$ref" -> out.put("$ref", local(docId, value.asString(), prefix));
                case "$dynamicRef" -> out.put("$ref", dynamic(value.asString(), prefix));
                case "properties" -> {
                    ObjectNode props = NODES.objectNode();
                    for (Map.Entry<String, JsonNode> p : value.properties()) {
                        String path = prefix + p.getKey();
                        JsonNode schema = rewrite(p.getValue(), docId, path + "[].", depth + 1);
                        props.set(p.getKey(), schema.isObject() ? describe((ObjectNode) schema, p.getValue(), path) : schema);
                    }
                    out.set(key, props);
                }
                default -> out.set(key, rewrite(value, docId, prefix, depth + 1));
            }
        }
        annotate(out, node);
        return out;
    }

    /** {@code $ref} as a pointer into the bundle; the referred document is embedded (once). */
    private String local(String docId, String ref, String prefix) {
        URI target = URI.create(docId).resolve(ref);
        String doc = target.getScheme() + ":" + target.getRawSchemeSpecificPart();
        String fragment = target.getRawFragment() == null ? "" : target.getRawFragment();
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            throw new ProfileException(docId + ": $ref " + ref + ": a plain-name fragment cannot be bundled");
        }
        if (doc.equals(profile.entrySchemaId())) {
            return "#" + fragment;
        }
        JsonNode referred = docs.get(doc);
        if (referred == null) {
            throw new ProfileException(docId + ": $ref " + ref + " names no schema of " + profile.ref());
        }
        String key = embedded.get(doc);
        if (key == null) {
            key = key(doc);
            embedded.put(doc, key);
            defs.set(key, NODES.objectNode());
            // a list's items schema holds the list's fields under their own names (resources[].name)
            String fields = prefix.endsWith("[].") || prefix.isEmpty() ? prefix : "";
            defs.set(key, rewrite(referred, doc, fields, 0));
        }
        return "#/$defs/" + key + fragment;
    }

    /** The key of an embedded document: {@code th-gdc-1.0.0-vocabularies}. */
    private static String key(String docId) {
        String s = docId.startsWith(BASE) ? docId.substring(BASE.length()) : docId.replaceAll("^[a-z]+://", "");
        return s.replace(".schema.json", "").replace(".json", "").replace('/', '-');
    }

    /**
     * {@code $dynamicRef: "#name"} as the {@code $ref} of the definition that wins for this profile: the
     * {@code $dynamicAnchor} of the outermost schema that declares it (the profile's entry schema, then its
     * base's).
     */
    private String dynamic(String ref, String prefix) {
        if (!ref.startsWith("#") || ref.startsWith("#/")) {
            throw new ProfileException(profile.ref() + ": $dynamicRef " + ref + ": only #name is bundled");
        }
        String name = ref.substring(1);
        for (Profile p = profile; p != null; p = p.base()) {
            JsonNode entry = docs.get(p.entrySchemaId());
            String pointer = entry == null ? null : anchor(entry, name, "");
            if (pointer != null) {
                return local(p.entrySchemaId(), "#" + pointer, prefix);
            }
        }
        throw new ProfileException(profile.ref() + ": no $dynamicAnchor " + name);
    }

    private static String anchor(JsonNode node, String name, String pointer) {
        if (node.isObject()) {
            if (name.equals(node.path("$dynamicAnchor").asString(null))) {
                return pointer;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String found = anchor(e.getValue(), name, pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = anchor(node.get(i), name, pointer + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // ---- annotations ----

    /** Rule ids as {@code $comment}, choice labels as {@code enumDescriptions}, a compare as a note. */
    private void annotate(ObjectNode out, JsonNode source) {
        List<String> comments = new ArrayList<>();
        if (out.has("$comment")) {
            comments.add(out.get("$comment").asString());
        }
        JsonNode rule = source.get("x-rule");
        if (rule != null && rule.isString()) {
            comments.add(ruleComment(rule.asString()));
        }
        JsonNode compare = source.get("x-compare");
        if (compare != null) {
            comments.add("checked by govmeta only (x-compare): " + compare.path("left").asString() + " "
                    + compare.path("op").asString() + " " + compare.path("right").asString());
        }
        if (!comments.isEmpty()) {
            out.put("$comment", String.join("; ", comments));
        }
        JsonNode labels = source.get("x-labels");
        JsonNode values = source.get("enum");
        if (labels != null && values != null && values.isArray()) {
            ArrayNode descriptions = NODES.arrayNode();
            for (JsonNode v : values) {
                JsonNode l = labels.path(v.asString(v.toString()));
                descriptions.add(l.isMissingNode() ? v.asString(v.toString())
                        : l.path("th").asString("") + " · " + l.path("en").asString(""));
            }
            out.set("enumDescriptions", descriptions);
        }
        if (source.has("x-title-th") && source.has("title") && !out.has("description")) {
            out.put("title", source.get("x-title-th").asString() + " · " + source.get("title").asString());
        }
    }

    private String ruleComment(String id) {
        Rule r = profile.rules().find(id).orElse(null);
        return r == null ? "govmeta rule " + id : "govmeta rule " + id + " (" + r.severity().name().toLowerCase(java.util.Locale.ROOT)
                + "): " + r.title().th() + " / " + r.title().en();
    }

    /** A field's labels and the catalogue's texts of the rules that check it, in Thai and English. */
    private ObjectNode describe(ObjectNode schema, JsonNode source, String path) {
        ProfileModel.Field field = fields.get(path);
        String th = source.path("x-title-th").asString(field == null ? "" : field.titleTh());
        String en = source.path("title").asString(field == null ? "" : field.titleEn());
        if (th.isEmpty() && en.isEmpty()) {
            return schema;
        }
        schema.put("title", th.isEmpty() ? en : en.isEmpty() || en.equals(th) ? th : th + " · " + en);
        List<Rule> rules = new ArrayList<>();
        if (field != null) {
            field.rules().forEach(id -> profile.rules().find(id).ifPresent(rules::add));
        }
        StringBuilder text = new StringBuilder(th.isEmpty() ? en : th + " (" + en + ")");
        StringBuilder markdown = new StringBuilder("**" + (th.isEmpty() ? en : th) + "**" + (th.isEmpty() || en.isEmpty() ? "" : " · " + en)
                + " — `" + path + "`");
        if (field != null && !field.dataTypes().isEmpty()) {
            markdown.append("\n\nชนิดชุดข้อมูล (dataset types): ").append(String.join(", ", field.dataTypes()));
        }
        for (Rule r : rules) {
            text.append("\n").append(r.id()).append(": ").append(r.title().th()).append(" / ").append(r.title().en());
            markdown.append("\n\n- `").append(r.id()).append("` (").append(r.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append("): ").append(r.title().th()).append(" — ").append(r.title().en());
            if (!r.clause().isEmpty()) {
                markdown.append("\n\n  ").append(r.clause());
            }
        }
        schema.put("description", text.toString());
        schema.put("markdownDescription", markdown.toString());
        return schema;
    }

    /** One snippet per dataset type: the fields that type requires, with placeholders. */
    private ArrayNode snippets() {
        ArrayNode out = NODES.arrayNode();
        ProfileModel.Field types = fields.get("data_type");
        if (types == null) {
            return out;
        }
        for (String type : types.values()) {
            LocalizedText label = types.labels().get(type);
            ObjectNode body = NODES.objectNode();
            int[] n = {1};
            for (ProfileModel.Field f : fields.values()) {
                if (f.path().contains("[]") || !f.required() || !(f.dataTypes().isEmpty() || f.dataTypes().contains(type))) {
                    continue;
                }
                body.set(f.path(), f.path().equals("data_type") ? NODES.stringNode(type) : placeholder(f, n));
            }
            ObjectNode snippet = NODES.objectNode();
            snippet.put("label", "ชุดข้อมูลใหม่: " + type + (label == null ? "" : " (new dataset: " + label.en() + ")"));
            snippet.put("description", "ฟิลด์ที่ชนิด " + type + " ต้องมี · the fields a dataset of this type requires");
            snippet.set("body", body);
            out.add(snippet);
        }
        return out;
    }

    /** A placeholder for a field: its first choice, else its Thai label; a list for a list field. */
    private JsonNode placeholder(ProfileModel.Field f, int[] n) {
        String type = f.constraints().getOrDefault("type", "string");
        String hint = f.titleTh().isEmpty() ? f.path().substring(f.path().lastIndexOf('.') + 1) : f.titleTh();
        if (type.contains("array")) {
            ArrayNode list = NODES.arrayNode();
            String itemPrefix = f.path() + "[].";
            ObjectNode item = NODES.objectNode();
            for (ProfileModel.Field sub : fields.values()) {
                if (sub.path().startsWith(itemPrefix) && sub.required() && !sub.path().substring(itemPrefix.length()).contains("[]")) {
                    String name = sub.path().substring(itemPrefix.length());
                    item.put(name, "${" + n[0]++ + ":" + escape(sub.titleTh().isEmpty() ? f.titleTh() + " " + name : sub.titleTh()) + "}");
                }
            }
            if (!item.isEmpty()) {
                list.add(item);
            } else {
                list.add(choice(f, hint, n));
            }
            return list;
        }
        if (type.contains("number") || type.contains("integer")) {
            return NODES.stringNode("^${" + n[0]++ + ":1}");
        }
        return NODES.stringNode(choice(f, hint, n));
    }

    /** A snippet placeholder: the field's choices ({@code ${1|a,b|}}), else its label. */
    private static String choice(ProfileModel.Field f, String hint, int[] n) {
        if (f.values().isEmpty()) {
            return "${" + n[0]++ + ":" + escape(hint) + "}";
        }
        return "${" + n[0]++ + "|" + String.join(",", f.values().stream().map(v -> escape(v).replace(",", "\\,").replace("|", "\\|")).toList()) + "|}";
    }

    /** Text inside a snippet placeholder: {@code $}, {@code }} and backslashes escaped. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
    }
}
