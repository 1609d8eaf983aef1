package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.JsonText;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * What a profile's schemas say, field by field, read from the schemas themselves: each field's labels,
 * the dataset types it belongs to, whether it is required, its type, choice list and constraints, and the
 * rules that check it. Used to document a profile and to diff two versions. Immutable.
 *
 * <p>Fields of list items are named {@code list[].field} (e.g. {@code resources[].name}). Constraints
 * found under {@code if}/{@code then} are recorded with the prefix {@code when:} since they apply only
 * in some cases.
 */
public final class ProfileModel {
    private static final List<String> CONSTRAINT_KEYWORDS = List.of("type", "format", "pattern", "minLength", "maxLength",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "const", "not");

    /**
     * One field of the standard. Immutable.
     *
     * @param path        the field's name ({@code resources[].name} for list items)
     * @param titleEn     its English label
     * @param titleTh     its Thai label
     * @param dataTypes   the dataset types it belongs to
     * @param required    whether every dataset of those types needs it
     * @param vocabulary  the name of its choice list, or null
     * @param values      the choice list's stored values
     * @param labels      each value's labels
     * @param constraints constraint keyword to value ({@code when:} prefixed under {@code if}/{@code then})
     * @param rules       the rules that check it
     */
    public record Field(String path, String titleEn, String titleTh, List<String> dataTypes, boolean required,
                        String vocabulary, List<String> values, Map<String, LocalizedText> labels,
                        Map<String, String> constraints, Set<String> rules) {
        public Field {
            dataTypes = List.copyOf(dataTypes);
            values = List.copyOf(values);
            labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
            constraints = java.util.Collections.unmodifiableMap(new TreeMap<>(constraints));
            rules = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(rules));
        }
    }

    /** A field while the schemas are read. */
    private static final class Draft {
        final String path;
        String titleEn = "";
        String titleTh = "";
        final List<String> dataTypes = new ArrayList<>();
        boolean required;
        String vocabulary;
        final List<String> values = new ArrayList<>();
        final Map<String, LocalizedText> labels = new LinkedHashMap<>();
        final Map<String, String> constraints = new TreeMap<>();
        final Set<String> rules = new LinkedHashSet<>();

        Draft(String path) {
            this.path = path;
        }

        Field freeze() {
            return new Field(path, titleEn, titleTh, dataTypes, required, vocabulary, values, labels, constraints, rules);
        }
    }

    private final Map<String, JsonNode> docs = new LinkedHashMap<>();
    private final Map<String, Draft> fields = new LinkedHashMap<>();
    private final Map<String, Draft> vocabularies = new TreeMap<>();
    private final String entryId;
    /** The entry schemas of the profile and its bases, nearest first. */
    private final List<String> entries = new ArrayList<>();
    private final List<Field> frozenFields;
    private final Map<String, Field> frozenVocabularies;

    /** Reads the schemas into drafts, then freezes them: the model never changes after this. */
    private ProfileModel(Profile profile) {
        profile.schemas().forEach((id, text) -> docs.put(id, JsonText.parse(text)));
        this.entryId = profile.entrySchemaId();
        profile.chain().forEach(p -> entries.add(p.entrySchemaId()));
        visit(docs.get(entryId), entryId, "", null, false, 0);
        this.frozenFields = fields.values().stream().map(Draft::freeze).toList();
        Map<String, Field> vocab = new TreeMap<>();
        vocabularies.forEach((name, d) -> vocab.put(name, d.freeze()));
        this.frozenVocabularies = java.util.Collections.unmodifiableMap(vocab);
    }

    public static ProfileModel of(Profile profile) {
        return new ProfileModel(profile);
    }

    /** Fields in the order the schemas declare them. */
    public List<Field> fields() {
        return frozenFields;
    }

    /** Choice lists by name, each as a pseudo-field holding values and labels. */
    public Map<String, Field> vocabularies() {
        return frozenVocabularies;
    }

    private void visit(JsonNode schema, String docId, String prefix, String rule, boolean conditional, int depth) {
        if (schema == null || !schema.isObject() || depth > 40) {
            return;
        }
        String here = schema.path("x-rule").isString() ? schema.get("x-rule").asString() : rule;
        if (schema.has("$ref")) {
            Target t = resolve(docId, schema.get("$ref").asString());
            if (t != null) {
                visit(t.node, t.docId, prefix, here, conditional, depth + 1);
            }
        }
        schema.path("properties").properties().forEach(e -> field(prefix + e.getKey(), e.getValue(), docId, here, conditional, depth));
        for (JsonNode req : schema.path("required")) {
            Draft f = field(prefix + req.asString());
            if (conditional) {
                f.constraints.put("when:required", "true");
            } else {
                f.required = true;
            }
            if (here != null) {
                f.rules.add(here);
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            visit(part, docId, prefix, here, conditional, depth + 1);
        }
        for (String branch : new String[] {"then", "else"}) {
            visit(schema.get(branch), docId, prefix, here, true, depth + 1);
        }
        if (schema.has("x-compare")) {
            JsonNode c = schema.get("x-compare");
            Draft f = field(prefix + c.path("right").asString());
            f.constraints.put((conditional ? "when:" : "") + "x-compare",
                    c.path("left").asString() + " " + c.path("op").asString() + " " + c.path("right").asString());
            if (here != null) {
                f.rules.add(here);
            }
        }
    }

    private void field(String path, JsonNode schema, String docId, String rule, boolean conditional, int depth) {
        Draft f = field(path);
        describe(f, schema, docId, rule, conditional, depth);
    }

    private void describe(Draft f, JsonNode schema, String docId, String rule, boolean conditional, int depth) {
        if (schema == null || !schema.isObject() || depth > 40) {
            return;
        }
        String here = schema.path("x-rule").isString() ? schema.get("x-rule").asString() : rule;
        if (here != null && (schema.has("x-rule") || hasAssertion(schema))) {
            f.rules.add(here);
        }
        if (f.titleEn.isEmpty() && schema.path("title").isString()) {
            f.titleEn = schema.get("title").asString();
        }
        if (f.titleTh.isEmpty() && schema.path("x-title-th").isString()) {
            f.titleTh = schema.get("x-title-th").asString();
        }
        if (f.dataTypes.isEmpty()) {
            schema.path("x-data-types").forEach(t -> f.dataTypes.add(t.asString()));
        }
        for (String k : CONSTRAINT_KEYWORDS) {
            if (schema.has(k)) {
                f.constraints.put((conditional ? "when:" : "") + k, schema.get(k).toString());
            }
        }
        if (schema.has("enum") && f.values.isEmpty()) {
            schema.get("enum").forEach(v -> f.values.add(v.asString(v.toString())));
            schema.path("x-labels").properties().forEach(e -> f.labels.put(e.getKey(),
                    new LocalizedText(e.getValue().path("th").asString(""), e.getValue().path("en").asString(""))));
        }
        for (String key : new String[] {"$ref", "$dynamicRef"}) {
            if (schema.has(key)) {
                Target t = key.equals("$ref") ? resolve(docId, schema.get(key).asString())
                        : dynamic(schema.get(key).asString().replaceFirst("^#", ""));
                if (t != null) {
                    if (t.name != null && f.vocabulary == null && t.node.has("enum")) {
                        f.vocabulary = t.name;
                        Draft v = vocabularies.computeIfAbsent(t.name, Draft::new);
                        describe(v, t.node, t.docId, null, false, depth + 1);
                    }
                    describe(f, t.node, t.docId, here, conditional, depth + 1);
                }
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            describe(f, part, docId, here, conditional, depth + 1);
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            if (items.has("properties") || items.has("$ref") && resolvesToObject(docId, items)) {
                visit(items, docId, f.path + "[].", here, conditional, depth + 1);
            } else {
                describe(f, items, docId, here, conditional, depth + 1);
            }
        }
    }

    private boolean resolvesToObject(String docId, JsonNode items) {
        Target t = resolve(docId, items.get("$ref").asString());
        return t != null && t.node.has("properties");
    }

    private static boolean hasAssertion(JsonNode schema) {
        for (String k : CONSTRAINT_KEYWORDS) {
            if (schema.has(k)) {
                return true;
            }
        }
        return schema.has("enum") || schema.has("required");
    }

    private Draft field(String path) {
        return fields.computeIfAbsent(path, Draft::new);
    }

    private record Target(JsonNode node, String docId, String name) {}

    private Target resolve(String docId, String ref) {
        URI target = URI.create(docId).resolve(ref);
        String doc = target.getScheme() + ":" + target.getSchemeSpecificPart();
        JsonNode root = docs.get(doc);
        if (root == null) {
            return null;
        }
        String fragment = target.getFragment();
        JsonNode node = fragment == null || fragment.isEmpty() ? root : root.at(fragment);
        if (node.isMissingNode()) {
            return null;
        }
        String name = fragment != null && fragment.contains("/") ? fragment.substring(fragment.lastIndexOf('/') + 1) : null;
        return new Target(node, doc, name);
    }

    /**
     * A $dynamicRef resolves to the outermost (entry) schema's anchor first, as dynamic scope does: the
     * entry, then the entries of its bases nearest first (each $refs the next), then the other schemas.
     */
    private Target dynamic(String anchor) {
        List<String> order = new ArrayList<>(new java.util.TreeSet<>(docs.keySet()));
        for (int i = entries.size() - 1; i >= 0; i--) {
            order.remove(entries.get(i));
            order.add(0, entries.get(i));
        }
        for (String id : order) {
            Target t = findAnchor(docs.get(id), id, anchor);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static Target findAnchor(JsonNode node, String docId, String anchor) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                JsonNode v = e.getValue();
                if (v.isObject() && anchor.equals(v.path("$dynamicAnchor").asString(null))) {
                    return new Target(v, docId, e.getKey());
                }
                Target deeper = findAnchor(v, docId, anchor);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }
}
