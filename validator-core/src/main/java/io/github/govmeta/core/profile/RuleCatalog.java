package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.Severity;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The rules a profile defines, by id, sorted. Immutable. */
public final class RuleCatalog {
    private final Map<String, Rule> rules;

    public RuleCatalog(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Collection<Rule> all() {
        return rules.values();
    }

    /** This catalogue with {@code other}'s rules added; a rule id in both is an error in the profile. */
    public RuleCatalog plus(RuleCatalog other) {
        Map<String, Rule> merged = new LinkedHashMap<>(rules);
        for (Rule r : other.all()) {
            if (merged.putIfAbsent(r.id(), r) != null) {
                throw new ProfileException("rule " + r.id() + " is defined both in " + merged.get(r.id()).profile()
                        + " and in " + r.profile());
            }
        }
        return new RuleCatalog(merged);
    }

    /**
     * This catalogue with some rules re-levelled (an extension's {@code severities:}).
     *
     * @throws ProfileException naming a rule that is not in this catalogue
     */
    public RuleCatalog withSeverities(Map<String, io.github.govmeta.core.finding.Severity> severities) {
        Map<String, Rule> out = new LinkedHashMap<>(rules);
        severities.forEach((id, level) -> {
            Rule r = out.get(id);
            if (r == null) {
                throw new ProfileException("severities: no rule " + id + " in the base profile");
            }
            out.put(id, r.withSeverity(level));
        });
        return new RuleCatalog(out);
    }

    /** Reads a {@code rules.yaml} ({@code rules: {ID: {severity, clause, ..., fix}}}). */
    public static RuleCatalog read(InputStream in, String name, String profileId) {
        Object doc;
        try (in) {
            doc = new Load(LoadSettings.builder().setLabel(name).build()).loadFromInputStream(in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ProfileException(name + ": " + e.getMessage());
        }
        Map<String, Object> rulesNode = Yaml.map(Yaml.map(doc, name).get("rules"), name + " rules");
        Map<String, Rule> rules = new LinkedHashMap<>();
        rulesNode.forEach((id, value) -> {
            Map<String, Object> r = Yaml.map(value, name + " " + id);
            rules.put(id, new Rule(id,
                    Severity.parse(Yaml.string(r, "severity", name + " " + id)),
                    Yaml.optString(r, "field"),
                    Yaml.optString(r, "clause"),
                    Yaml.optString(r, "since"),
                    Yaml.text(r.get("title"), name + " " + id + " title"),
                    Yaml.text(r.get("message"), name + " " + id + " message"),
                    profileId,
                    RuleFix.read(r.get("fix"), name + " " + id + " fix"),
                    Mask.read(r.get("mask"), name + " " + id + " mask")));
        });
        return new RuleCatalog(rules);
    }

}
