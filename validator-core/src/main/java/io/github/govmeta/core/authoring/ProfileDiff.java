package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileModel;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleCatalog;
import io.github.govmeta.core.finding.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every change between two versions of a profile, each classified from the schemas, the rule
 * catalogue, and the SHACL shapes and SKOS concept schemes ({@link ShapesDiff}) themselves: {@link Impact#BREAKING} when a dataset valid under the old version may fail the
 * new one, {@link Impact#COMPATIBLE} when every dataset valid under the old one stays valid, and
 * {@link Impact#EDITORIAL} when only words changed. Immutable.
 */
public record ProfileDiff(String oldRef, String newRef, List<Change> changes) {

    public enum Impact { BREAKING, COMPATIBLE, EDITORIAL }

    /**
     * @param impact   how it affects datasets
     * @param kind     what changed, e.g. {@code field-added}, {@code value-removed}, {@code constraint-tightened}
     * @param subject  the field, choice list or rule
     * @param detail   the change in words (English)
     */
    public record Change(Impact impact, String kind, String subject, String detail) {}

    public boolean breaking() {
        return changes.stream().anyMatch(c -> c.impact() == Impact.BREAKING);
    }

    public long count(Impact impact) {
        return changes.stream().filter(c -> c.impact() == impact).count();
    }

    public static ProfileDiff of(Profile oldProfile, Profile newProfile) {
        List<Change> out = new ArrayList<>();
        ProfileModel a = ProfileModel.of(oldProfile);
        ProfileModel b = ProfileModel.of(newProfile);
        Map<String, ProfileModel.Field> oldFields = byPath(a.fields());
        Map<String, ProfileModel.Field> newFields = byPath(b.fields());
        for (String path : union(oldFields.keySet(), newFields.keySet())) {
            ProfileModel.Field o = oldFields.get(path);
            ProfileModel.Field n = newFields.get(path);
            if (o == null) {
                out.add(new Change(n.required() ? Impact.BREAKING : Impact.COMPATIBLE, "field-added", path,
                        n.required() ? "new required field" : "new optional field"));
            } else if (n == null) {
                out.add(new Change(Impact.COMPATIBLE, "field-removed", path,
                        "no longer described (a dataset may still carry it)"));
            } else {
                fieldChanges(o, n, out);
            }
        }
        for (String name : union(a.vocabularies().keySet(), b.vocabularies().keySet())) {
            ProfileModel.Field o = a.vocabularies().get(name);
            ProfileModel.Field n = b.vocabularies().get(name);
            if (o != null && n != null) {
                valueChanges("choice list " + name, o, n, out);
            }
        }
        ruleChanges(oldProfile.rules(), newProfile.rules(), out);
        ShapesDiff.changes(oldProfile, newProfile, out);
        out.sort(Comparator.comparing(Change::impact).thenComparing(Change::subject).thenComparing(Change::kind)
                .thenComparing(Change::detail));
        return new ProfileDiff(oldProfile.ref(), newProfile.ref(), List.copyOf(out));
    }

    private static void fieldChanges(ProfileModel.Field o, ProfileModel.Field n, List<Change> out) {
        if (!o.required() && n.required()) {
            out.add(new Change(Impact.BREAKING, "required-added", o.path(), "optional → required"));
        } else if (o.required() && !n.required()) {
            out.add(new Change(Impact.COMPATIBLE, "required-removed", o.path(), "required → optional"));
        }
        if (!o.titleEn().equals(n.titleEn()) || !o.titleTh().equals(n.titleTh())) {
            out.add(new Change(Impact.EDITORIAL, "label-changed", o.path(),
                    "'" + o.titleTh() + " / " + o.titleEn() + "' → '" + n.titleTh() + " / " + n.titleEn() + "'"));
        }
        if (!o.dataTypes().equals(n.dataTypes())) {
            out.add(new Change(Impact.EDITORIAL, "types-changed", o.path(), o.dataTypes() + " → " + n.dataTypes()));
        }
        if (o.vocabulary() == null) {
            valueChanges(o.path(), o, n, out);
        }
        for (String k : union(o.constraints().keySet(), n.constraints().keySet())) {
            String before = o.constraints().get(k);
            String after = n.constraints().get(k);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (before == null) {
                out.add(new Change(Impact.BREAKING, "constraint-added", o.path(), k + " " + after));
            } else if (after == null) {
                out.add(new Change(Impact.COMPATIBLE, "constraint-removed", o.path(), k + " " + before));
            } else {
                Impact impact = boundImpact(k, before, after);
                out.add(new Change(impact, impact == Impact.COMPATIBLE ? "constraint-loosened" : "constraint-tightened",
                        o.path(), k + " " + before + " → " + after));
            }
        }
    }

    /** Numeric bounds compare by direction; any other changed constraint may reject old datasets. */
    private static Impact boundImpact(String keyword, String before, String after) {
        String k = keyword.replace("when:", "");
        try {
            int c = new BigDecimal(after).compareTo(new BigDecimal(before));
            boolean lower = k.startsWith("min") || k.equals("exclusiveMinimum");
            boolean upper = k.startsWith("max") || k.equals("exclusiveMaximum");
            if (lower || upper) {
                return (lower ? c > 0 : c < 0) ? Impact.BREAKING : Impact.COMPATIBLE;
            }
        } catch (NumberFormatException notNumeric) {
            // fall through
        }
        return Impact.BREAKING;
    }

    private static void valueChanges(String subject, ProfileModel.Field o, ProfileModel.Field n, List<Change> out) {
        if (o.values().isEmpty() && n.values().isEmpty()) {
            return;
        }
        for (String v : o.values()) {
            if (!n.values().contains(v)) {
                out.add(new Change(Impact.BREAKING, "value-removed", subject, "'" + v + "' no longer allowed"));
            }
        }
        for (String v : n.values()) {
            if (!o.values().contains(v)) {
                out.add(new Change(Impact.COMPATIBLE, "value-added", subject, "'" + v + "' now allowed"));
            } else {
                LocalizedText before = o.labels().get(v);
                LocalizedText after = n.labels().get(v);
                if (!Objects.equals(before, after)) {
                    out.add(new Change(Impact.EDITORIAL, "value-relabelled", subject, "'" + v + "': "
                            + label(before) + " → " + label(after)));
                }
            }
        }
    }

    private static String label(LocalizedText t) {
        return t == null ? "(none)" : t.th() + " / " + t.en();
    }

    private static void ruleChanges(RuleCatalog a, RuleCatalog b, List<Change> out) {
        Set<String> ids = new TreeSet<>();
        a.all().forEach(r -> ids.add(r.id()));
        b.all().forEach(r -> ids.add(r.id()));
        for (String id : ids) {
            Rule o = a.find(id).orElse(null);
            Rule n = b.find(id).orElse(null);
            if (o == null) {
                out.add(new Change(n.severity() == io.github.govmeta.core.finding.Severity.ERROR ? Impact.BREAKING
                        : Impact.COMPATIBLE, "rule-added", id, "new rule, severity " + n.severity().id()));
            } else if (n == null) {
                out.add(new Change(Impact.COMPATIBLE, "rule-removed", id, "rule removed"));
            } else {
                if (o.severity() != n.severity()) {
                    out.add(new Change(n.severity().atLeast(o.severity()) ? Impact.BREAKING : Impact.COMPATIBLE,
                            "rule-relevelled", id, o.severity().id() + " → " + n.severity().id()));
                }
                if (!o.message().equals(n.message()) || !o.title().equals(n.title()) || !o.clause().equals(n.clause())) {
                    out.add(new Change(Impact.EDITORIAL, "rule-reworded", id, "title, message or clause changed"));
                }
            }
        }
    }

    private static Map<String, ProfileModel.Field> byPath(List<ProfileModel.Field> fields) {
        Map<String, ProfileModel.Field> m = new java.util.LinkedHashMap<>();
        fields.forEach(f -> m.put(f.path(), f));
        return m;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}
