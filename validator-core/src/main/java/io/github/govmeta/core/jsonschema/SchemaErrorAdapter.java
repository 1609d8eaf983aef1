package io.github.govmeta.core.jsonschema;

import com.networknt.schema.Error;
import io.github.govmeta.core.canonical.PointerMap;
import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.AllowedValues;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The one place a networknt {@link Error} becomes a {@link Finding}: rule by {@link RuleAttribution},
 * message from the rule catalogue with its placeholders filled, location mapped back to the value as
 * written in the source. Thread-safe.
 */
final class SchemaErrorAdapter {
    /** Engine rule for a schema error no {@code x-rule} covers: a gap in the profile. */
    static final String UNATTRIBUTED = "GOVMETA-SCHEMA";
    private static final int MAX_VALUE_CHARS = 120;

    private final RuleAttribution attribution;
    private final RuleCatalog rules;

    private final BuddhistEra era;

    SchemaErrorAdapter(RuleAttribution attribution, RuleCatalog rules, BuddhistEra era) {
        this.era = era;
        this.attribution = attribution;
        this.rules = rules;
    }

    List<Finding> toFindings(List<Error> errors, SourceRecord record, PointerMap pointers) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Error e : errors) {
            String canonical = JsonPointers.of(e.getInstanceLocation());
            boolean missing = "required".equals(e.getKeyword()) || "dependentRequired".equals(e.getKeyword());
            if (missing && e.getProperty() != null) {
                canonical = PositionIndex.child(canonical, e.getProperty());
            }
            String ruleId = attribution.ruleFor(e.getEvaluationPath());
            Rule rule = ruleId == null ? null : rules.find(ruleId).orElse(null);
            if (rule == null) {
                rule = rules.find(UNATTRIBUTED).orElseThrow();
            }
            if (!seen.add(rule.id() + " " + canonical)) {
                continue;
            }
            String sourcePointer = pointers.toSource(canonical);
            // A "missing" value may be written as "" or null (CKAN treats both as missing): point at it then.
            boolean written = record.positions().has(sourcePointer);
            Position pos = record.positions().find(missing && !written ? parent(sourcePointer) : sourcePointer);
            String value = missing ? null : text(e.getInstanceNode());
            Map<String, String> args = new HashMap<>();
            args.put("value", value == null ? "" : value);
            args.put("property", e.getProperty() == null ? lastToken(canonical) : e.getProperty());
            args.put("pointer", sourcePointer);
            args.put("detail", e.getMessage());
            if (e.getDetails() != null && e.getDetails().get("other") != null) {
                args.put("other", String.valueOf(e.getDetails().get("other")));
            }
            if ("enum".equals(e.getKeyword()) && e.getSchemaNode() != null && e.getSchemaNode().isArray()) {
                List<String> allowed = new ArrayList<>();
                e.getSchemaNode().forEach(v -> allowed.add(v.asString(v.toString())));
                args.putAll(AllowedValues.argument(allowed));
            }
            if (value != null) {
                args.put("ce", era.toChristianEra(value));
            }
            Map<String, String> extras = new TreeMap<>();
            extras.put("keyword", e.getKeyword() == null ? "" : e.getKeyword());
            if (rule.id().equals(UNATTRIBUTED)) {
                extras.put("evaluationPath", e.getEvaluationPath().toString());
            }
            out.add(rule.finding(args, new Location(record.source(), pos.line(), pos.column(), sourcePointer),
                    record.datasetName(), value, extras));
        }
        return out;
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        String s = node.isValueNode() ? node.asString(node.toString()) : node.toString();
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "…";
    }

}
