package io.github.govmeta.core.checks;

import io.github.govmeta.core.canonical.CanonicalRecord;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleCatalog;
import io.github.govmeta.core.profile.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;

/**
 * The checks a profile declares in {@code checks.yaml} besides its JSON Schemas: rules that need the day,
 * the agency's policy, a check digit, every record of the catalog or the export target. Each check names
 * its rule and one of a closed set of kinds (see {@code schemas/README.md}); which run is profile data. An
 * extension's checks add to its base's. Compiled once per profile; immutable and thread-safe.
 */
public final class ProfileChecks {
    /** A profile without checks. */
    public static final ProfileChecks NONE = new ProfileChecks(null, List.of(), List.of(), null, Map.of(), Set.of());

    private final PublicLevels publicLevels;
    private final List<RecordCheck> record;
    private final List<CatalogCheck> catalog;
    private final TallySpec tally;
    private final Map<String, Rule> targets;
    private final Set<String> ruleIds;

    private ProfileChecks(PublicLevels publicLevels, List<RecordCheck> record, List<CatalogCheck> catalog, TallySpec tally,
                          Map<String, Rule> targets, Set<String> ruleIds) {
        this.publicLevels = publicLevels;
        this.record = List.copyOf(record);
        this.catalog = List.copyOf(catalog);
        this.tally = tally;
        this.targets = Map.copyOf(targets);
        this.ruleIds = Set.copyOf(ruleIds);
    }

    /** Which datasets are public: a level {@code field} among {@code levels} (the policy's {@code publicLevels} win). */
    record PublicLevels(String field, List<String> levels) {
        List<String> levels(CheckContext ctx) {
            return ctx.policy().publicLevels() != null ? ctx.policy().publicLevels() : levels;
        }

        /** Known not to be public: a level is written and it is not one of the public levels. */
        boolean knownNotPublic(JsonNode content, CheckContext ctx) {
            JsonNode v = content.get(field);
            return v != null && v.isString() && !levels(ctx).contains(v.asString());
        }
    }

    /** The counts per value of one field in the summary of a run. */
    record TallySpec(String field, LocalizedText title) {}

    /**
     * The checks of {@code profile} and its bases, read from their {@code checks} files.
     *
     * @throws ProfileException when a checks file is malformed or names a rule the catalogue lacks
     */
    public static ProfileChecks of(Profile profile, RuleCatalog rules) {
        ProfileChecks out = NONE;
        List<Profile> chain = new ArrayList<>(profile.chain());
        java.util.Collections.reverse(chain);
        for (Profile p : chain) {
            if (p.checks() != null && !p.checks().isEmpty() && p.folder() != null) {
                out = out.plus(read(p, rules));
            }
        }
        return out;
    }

    private ProfileChecks plus(ProfileChecks o) {
        List<RecordCheck> r = new ArrayList<>(record);
        r.addAll(o.record);
        List<CatalogCheck> c = new ArrayList<>(catalog);
        c.addAll(o.catalog);
        Map<String, Rule> t = new LinkedHashMap<>(targets);
        t.putAll(o.targets);
        Set<String> ids = new TreeSet<>(ruleIds);
        ids.addAll(o.ruleIds);
        return new ProfileChecks(o.publicLevels != null ? o.publicLevels : publicLevels, r, c,
                o.tally != null ? o.tally : tally, t, ids);
    }

    /** The ids of the rules these checks report (for {@code profile check}: a rule used here is used). */
    public Set<String> ruleIds() {
        return ruleIds;
    }

    /** Whether the profile knows the export target {@code name} (e.g. {@code public}). */
    public boolean hasTarget(String name) {
        return targets.containsKey(name);
    }

    /** The export targets the profile knows, sorted. */
    public Set<String> targets() {
        return new TreeSet<>(targets.keySet());
    }

    /** Whether any check needs the whole catalog (a catalog pass is worth keeping keys for). */
    public boolean hasCatalogChecks() {
        return !catalog.isEmpty() || tally != null;
    }

    /** The findings of one record's checks, unsorted. */
    public List<Finding> check(SourceRecord source, CanonicalRecord canonical, CheckContext ctx) {
        if (record.isEmpty() && targets.isEmpty()) {
            return List.of();
        }
        Subject s = new Subject(source, canonical, ctx);
        List<Finding> out = new ArrayList<>();
        for (RecordCheck c : record) {
            if (c.whenPublic() && publicLevels != null && publicLevels.knownNotPublic(canonical.node(), ctx)) {
                continue;
            }
            c.check(s, out);
        }
        Rule gate = ctx.target() == null ? null : targets.get(ctx.target());
        if (gate != null && publicLevels != null) {
            JsonNode level = canonical.node().get(publicLevels.field());
            List<String> allowed = publicLevels.levels(ctx);
            if (level == null || !level.isString() || !allowed.contains(level.asString())) {
                String value = level == null ? "—" : s.written("/" + publicLevels.field());
                out.add(s.finding(gate, level == null ? "" : "/" + publicLevels.field(), value,
                        Map.of("value", value, "allowed", String.join(", ", allowed)), level == null));
            }
        }
        return out;
    }

    /**
     * {@code title} with every personal identifier a masked rule would report masked, for what reports
     * show of a record besides its findings (its title).
     */
    public String redact(String title) {
        if (title == null) {
            return null;
        }
        String out = title;
        for (RecordCheck c : record) {
            if (c instanceof RecordCheck.Identifiers ids && ids.rule().mask() != null) {
                for (String raw : ids.find(title)) {
                    out = out.replace(raw, ids.rule().mask().apply(raw));
                }
            }
        }
        return out;
    }

    /** The keys one record contributes to the catalog pass (small: what the catalog checks need of it). */
    public CatalogKeys keys(SourceRecord source, CanonicalRecord canonical) {
        if (!hasCatalogChecks()) {
            return null;
        }
        Subject s = new Subject(source, canonical, null);
        List<CatalogKeys.Key> keys = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            CatalogKeys.Key k = catalog.get(i).key(i, s);
            if (k != null) {
                keys.add(k);
            }
        }
        String level = null;
        if (tally != null) {
            JsonNode v = canonical.node().get(tally.field());
            level = v == null ? "" : v.isString() ? v.asString() : v.toString();
        }
        return new CatalogKeys(source.datasetName(), keys, level);
    }

    /** A new catalog pass for one run (not thread-safe: fed from the reading thread, in order). */
    public CatalogPass newPass() {
        return new CatalogPass(catalog, tally);
    }

    /** One record being checked, with the helpers every kind needs. */
    static final class Subject {
        final SourceRecord source;
        final CanonicalRecord canonical;
        final CheckContext ctx;

        Subject(SourceRecord source, CanonicalRecord canonical, CheckContext ctx) {
            this.source = source;
            this.canonical = canonical;
            this.ctx = ctx;
        }

        JsonNode content() {
            return canonical.node();
        }

        /** Where a canonical pointer's value is written (its parent for a missing value). */
        Location at(String canonicalPointer, boolean missing) {
            String sourcePointer = canonical.pointers().toSource(canonicalPointer);
            Position pos = source.positions().find(missing && !source.positions().has(sourcePointer)
                    ? parent(sourcePointer) : sourcePointer);
            return new Location(source.source(), pos.line(), pos.column(), sourcePointer);
        }

        /**
         * The value at a canonical pointer as the source writes it (a level spelt ลับ, not the code it is read
         * as), so a message shows what the reader sees in the file; the canonical value when the source has none.
         */
        String written(String canonicalPointer) {
            JsonNode raw = source.node().at(sourcePointer(canonicalPointer));
            JsonNode v = raw.isValueNode() ? raw : canonical.node().at(canonicalPointer);
            return v.isString() ? v.asString() : v.toString();
        }

        String sourcePointer(String canonicalPointer) {
            return canonical.pointers().toSource(canonicalPointer);
        }

        Finding finding(Rule rule, String canonicalPointer, String value, Map<String, String> args, boolean missing) {
            return rule.finding(args, at(canonicalPointer, missing), source.datasetName(), value, Map.of("keyword", "checks"));
        }

        private static String parent(String pointer) {
            int slash = pointer.lastIndexOf('/');
            return slash <= 0 ? "" : pointer.substring(0, slash);
        }
    }

    // ---- reading checks.yaml ----

    private static ProfileChecks read(Profile p, RuleCatalog rules) {
        String name = p.folder().describe(p.checks());
        Object doc;
        try (InputStream in = p.folder().open(p.checks())) {
            doc = new Load(LoadSettings.builder().setLabel(name).build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ProfileException(name + ": " + e.getMessage(), e);
        }
        Map<String, Object> m = Yaml.map(doc, name);
        for (String key : m.keySet()) {
            if (!Set.of("public", "record", "catalog", "tally", "targets").contains(key)) {
                throw new ProfileException(name + ": unknown section '" + key + "' (public, record, catalog, tally, targets)");
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        PublicLevels pub = null;
        if (m.get("public") != null) {
            Map<String, Object> pm = Yaml.map(m.get("public"), name + " public");
            pub = new PublicLevels(Yaml.string(pm, "field", name + " public"), Spec.strings(pm.get("levels"), name + " public levels"));
        }
        List<RecordCheck> record = new ArrayList<>();
        for (Object o : Spec.list(m.get("record"), name + " record")) {
            Spec spec = Spec.of(o, name + " record", rules);
            ids.add(spec.rule().id());
            record.add(RecordCheck.of(spec));
        }
        List<CatalogCheck> catalog = new ArrayList<>();
        for (Object o : Spec.list(m.get("catalog"), name + " catalog")) {
            Spec spec = Spec.of(o, name + " catalog", rules);
            ids.add(spec.rule().id());
            catalog.add(CatalogCheck.of(spec));
        }
        TallySpec tally = null;
        if (m.get("tally") != null) {
            Map<String, Object> tm = Yaml.map(m.get("tally"), name + " tally");
            Map<String, Object> title = Yaml.map(tm.get("title"), name + " tally title");
            tally = new TallySpec(Yaml.string(tm, "field", name + " tally"),
                    new LocalizedText(Yaml.string(title, "th", name + " tally title"), Yaml.string(title, "en", name + " tally title")));
        }
        Map<String, Rule> targets = new LinkedHashMap<>();
        Yaml.optMap(m.get("targets"), name + " targets").forEach((target, v) -> {
            Spec spec = Spec.of(v, name + " targets " + target, rules);
            ids.add(spec.rule().id());
            targets.put(target, spec.rule());
        });
        if (!targets.isEmpty() && pub == null) {
            throw new ProfileException(name + ": targets need the 'public' section (which field holds the level)");
        }
        return new ProfileChecks(pub, record, catalog, tally, targets, ids);
    }

    /** One entry of a checks file: its rule and its parameters, with errors that name the place. */
    record Spec(Rule rule, String kind, Map<String, Object> params, String where) {
        static Spec of(Object o, String where, RuleCatalog rules) {
            Map<String, Object> m = Yaml.map(o, where);
            String id = Yaml.string(m, "rule", where);
            Rule rule = rules.find(id).orElseThrow(() -> new ProfileException(where + ": no rule " + id + " in the catalogue"));
            return new Spec(rule, m.get("kind") == null ? "" : String.valueOf(m.get("kind")), m, where + " " + id);
        }

        String string(String key) {
            return Yaml.string(params, key, where);
        }

        String optString(String key) {
            Object v = params.get(key);
            return v == null ? null : String.valueOf(v);
        }

        int wholeNumber(String key) {
            if (params.get(key) instanceof Integer i && i > 0) {
                return i;
            }
            throw new ProfileException(where + ": '" + key + "' must be a whole number above 0, found " + params.get(key));
        }

        List<String> strings(String key) {
            return Spec.strings(params.get(key), where + " " + key);
        }

        static List<Object> list(Object o, String where) {
            if (o == null) {
                return List.of();
            }
            if (o instanceof List<?> l) {
                return new ArrayList<>(l);
            }
            throw new ProfileException(where + ": expected a list");
        }

        static List<String> strings(Object o, String where) {
            return list(o, where).stream().map(String::valueOf).toList();
        }
    }

    /** Every string under {@code pointer} in {@code node}, with its canonical pointer, in document order. */
    static void strings(JsonNode node, String pointer, Map<String, String> out) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            out.put(pointer, node.asString());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strings(node.get(i), PositionIndex.child(pointer, i), out);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> strings(e.getValue(), PositionIndex.child(pointer, e.getKey()), out));
        }
    }
}
