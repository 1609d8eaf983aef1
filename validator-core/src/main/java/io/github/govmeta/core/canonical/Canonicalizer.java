package io.github.govmeta.core.canonical;

import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.profile.CanonicalizeSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the input forms CKAN accepts (API form, web/import form, stored form) into the one form a
 * profile's schemas check, as its {@link CanonicalizeSpec} declares: drops {@code null}/{@code ""} values
 * (CKAN's {@code ignore_missing}), makes multi-choice fields lists, booleans {@code "True"/"False"},
 * numeric strings numbers, {@code tag_string} a list of tags, known spellings the profile's values, and
 * fills absent fields from the fields the profile names. A value it cannot convert is left as
 * written, for the schema to report. Stateless and thread-safe.
 */
public final class Canonicalizer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * A number as a web form sends it: digits, a point, a sign; at most 40 digits each side. Anything else
     * ({@code 1e100000000}, 400 digits) stays a string for the schema to report: converting it could take
     * minutes and gigabytes.
     */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d{1,40}(\\.\\d{1,40})?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CanonicalizeSpec spec;

    public Canonicalizer(CanonicalizeSpec spec) {
        this.spec = spec;
    }

    public CanonicalRecord canonicalize(JsonNode record) {
        ObjectNode out = record.deepCopy() instanceof ObjectNode o ? o : NODES.objectNode();
        PointerMap pointers = new PointerMap();
        fields(out, "", pointers, spec.multiChoice(), spec.booleanStrings(), spec.numbers(), spec.strings());
        tags(out, pointers);
        spellings(out, pointers);
        if (out.get("resources") instanceof ArrayNode resources) {
            for (int i = 0; i < resources.size(); i++) {
                if (resources.get(i) instanceof ObjectNode res) {
                    fields(res, "/resources/" + i, pointers, spec.resourceMultiChoice(),
                            spec.resourceBooleanStrings(), spec.resourceNumbers(), spec.resourceStrings());
                }
            }
        }
        return new CanonicalRecord(out, pointers);
    }

    private static void fields(ObjectNode obj, String pointer, PointerMap pointers, Set<String> multi,
                               Set<String> booleans, Set<String> numbers, Set<String> strings) {
        dropMissing(obj);
        for (String key : multi) {
            JsonNode v = obj.get(key);
            if (v != null && v.isString()) {
                obj.set(key, choiceList(v.asString()));
                pointers.rewrite(PositionIndex.child(pointer, key), PositionIndex.child(pointer, key));
            }
        }
        for (String key : booleans) {
            JsonNode v = obj.get(key);
            if (v != null && v.isBoolean()) {
                obj.put(key, v.asBoolean() ? "True" : "False");
            }
        }
        for (String key : numbers) {
            JsonNode v = obj.get(key);
            if (v != null && v.isString() && PLAIN_NUMBER.matcher(v.asString().trim()).matches()) {
                try {
                    BigDecimal n = new BigDecimal(v.asString().trim());
                    if (n.stripTrailingZeros().scale() <= 0) {
                        obj.put(key, n.toBigIntegerExact());
                    } else {
                        obj.put(key, n);
                    }
                } catch (NumberFormatException notNumeric) {
                    // left as written: the schema reports it
                }
            }
        }
        for (String key : strings) {
            JsonNode v = obj.get(key);
            if (v != null && v.isNumber()) {
                obj.put(key, v.asString());
            }
        }
    }

    /**
     * Known spellings read as the profile's values, in place; then absent fields filled from others (from a
     * field with spellings, only a value it knows).
     */
    private void spellings(ObjectNode out, PointerMap pointers) {
        spec.values().forEach((field, spellings) -> {
            JsonNode v = out.get(field);
            if (v != null && v.isString() && spellings.containsKey(v.asString().strip())) {
                out.put(field, spellings.get(v.asString().strip()));
            }
        });
        spec.fill().forEach((field, from) -> {
            JsonNode v = out.get(from);
            Map<String, String> known = spec.values().get(from);
            // A spelling the profile does not know is not copied: the source field's own rule reports it.
            boolean readable = v != null && (known == null || (v.isString() && known.containsValue(v.asString())));
            if (!out.has(field) && readable) {
                out.set(field, v.deepCopy());
                pointers.rewrite("/" + field, "/" + from);
            }
        });
    }

    /** CKAN treats {@code null} and {@code ""} as a missing value. */
    private static void dropMissing(ObjectNode obj) {
        Iterator<Map.Entry<String, JsonNode>> it = obj.properties().iterator();
        while (it.hasNext()) {
            JsonNode v = it.next().getValue();
            if (v.isNull() || (v.isString() && v.asString().isEmpty())) {
                it.remove();
            }
        }
    }

    /** {@code "[\"a\",\"b\"]"} (the stored form) or a plain {@code "a"} to a list. */
    private static ArrayNode choiceList(String text) {
        String t = text.trim();
        if (t.startsWith("[")) {
            try {
                JsonNode parsed = JSON.readTree(t);
                if (parsed instanceof ArrayNode arr) {
                    return arr;
                }
            } catch (JacksonException notJson) {
                // fall through: the text is one value
            }
        }
        ArrayNode one = NODES.arrayNode();
        one.add(text);
        return one;
    }

    private void tags(ObjectNode out, PointerMap pointers) {
        if (spec.tagsFrom() == null) {
            return;
        }
        String to = spec.tagsTo();
        JsonNode existing = out.get(to);
        if (existing instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).isString()) {
                    arr.set(i, NODES.objectNode().put("name", arr.get(i).asString()));
                }
            }
            out.remove(spec.tagsFrom());
            return;
        }
        JsonNode from = out.get(spec.tagsFrom());
        if (existing == null && from != null && from.isString()) {
            List<String> names = new ArrayList<>();
            for (String part : from.asString().split(",")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
            ArrayNode tags = NODES.arrayNode();
            names.forEach(n -> tags.add(NODES.objectNode().put("name", n)));
            out.set(to, tags);
            out.remove(spec.tagsFrom());
            pointers.rewrite("/" + to, "/" + spec.tagsFrom());
        }
    }
}
