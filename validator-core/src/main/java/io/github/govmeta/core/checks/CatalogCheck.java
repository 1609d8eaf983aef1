package io.github.govmeta.core.checks;

import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.Rule;
import java.text.Normalizer;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The kinds of catalog check a {@code checks.yaml} may name under {@code catalog:}. Immutable. */
sealed interface CatalogCheck {

    Rule rule();

    /** What this check keeps of one record, or null when the record has nothing for it. */
    CatalogKeys.Key key(int index, ProfileChecks.Subject s);

    static CatalogCheck of(ProfileChecks.Spec spec) {
        return switch (spec.kind()) {
            case "unique" -> new Unique(spec.rule(), spec.string("key"), spec.optString("within"));
            case "groupHasAny" -> new GroupHasAny(spec.rule(), spec.string("group"), spec.string("field"));
            default -> throw new ProfileException(spec.where() + ": unknown kind '" + spec.kind() + "' (unique, groupHasAny)");
        };
    }

    /** Text compared as a person reads it: Unicode NFC, spaces collapsed, case ignored. */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }

    /** A field's value used by no other record of the catalog (within the same {@code within} value, when given). */
    record Unique(Rule rule, String field, String within) implements CatalogCheck {
        @Override
        public CatalogKeys.Key key(int index, ProfileChecks.Subject s) {
            String v = text(s.content().get(field));
            if (v == null || v.isBlank()) {
                return null;
            }
            String group = within == null ? "" : text(s.content().get(within));
            if (group == null || group.isBlank()) {
                if (within != null) {
                    return null;
                }
                group = "";
            }
            return new CatalogKeys.Key(index, group + "\u0000" + normal(v), v, group, false, s.at("/" + field, false));
        }
    }

    /** Every group (records sharing a {@code group} value) has at least one record stating {@code field}. */
    record GroupHasAny(Rule rule, String group, String field) implements CatalogCheck {
        @Override
        public CatalogKeys.Key key(int index, ProfileChecks.Subject s) {
            String g = text(s.content().get(group));
            if (g == null || g.isBlank()) {
                return null;
            }
            String f = text(s.content().get(field));
            return new CatalogKeys.Key(index, g, g, g, f != null && !f.isBlank(), s.at("/" + group, false));
        }
    }
}
