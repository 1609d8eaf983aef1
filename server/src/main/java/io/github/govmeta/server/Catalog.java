package io.github.govmeta.server;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.GovmetaException;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.config.DidYouMean;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileRepository;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleExamples;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installed profiles and their rules, as the API lists them. Each profile is opened through the
 * facade once and kept (the facade compiles it once per JVM anyway). Thread-safe.
 */
final class Catalog {
    private final ProfileRepository repository = new ProfileRepository();
    private final Map<String, Govmeta> opened = new ConcurrentHashMap<>();
    private final String defaultRef = open(null).profile().ref();

    /** The profile a submission without one is checked against, {@code id@version}. */
    String defaultRef() {
        return defaultRef;
    }

    /** Every installed profile, {@code id@version}, sorted. */
    List<String> refs() {
        return repository.bundled().stream().map(f -> f.replace('/', '@')).toList();
    }

    /** {@code GET /api/v1/profiles}: each installed profile, and which one is the default. */
    List<Map<String, Object>> profiles() {
        return refs().stream().map(ref -> {
            Profile p = repository.bundled(ref);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("version", p.version());
            m.put("validationType", p.ref());
            m.put("status", p.status());
            m.put("title", text(p.title()));
            m.put("extends", p.extendsRef());
            m.put("default", p.ref().equals(defaultRef));
            return m;
        }).toList();
    }

    /** {@code GET /api/v1/rules}: every rule a finding of that profile can carry. */
    Map<String, Object> rules(String ref) {
        Govmeta g = open(ref);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", g.profile().ref());
        m.put("rules", g.rules().all().stream().map(Catalog::rule).toList());
        return m;
    }

    /**
     * {@code GET /api/v1/rules/{id}}: what {@code govmeta explain} says of one rule, with its failing and
     * passing examples when the profile has them.
     *
     * @throws Problem 404 when the profile has no such rule
     */
    Map<String, Object> rule(String ref, String id) {
        Govmeta g = open(ref);
        Rule r = g.rules().find(id).orElseThrow(() -> Problem.notFound("no rule '" + id + "' in " + g.profile().ref()
                + DidYouMean.hint(id, g.rules().all().stream().map(Rule::id).toList())));
        Map<String, Object> m = rule(r);
        RuleExamples.of(g.profile(), id).ifPresent(ex -> {
            Map<String, Object> examples = new LinkedHashMap<>();
            examples.put("failing", example(ex.failing()));
            examples.put("passing", example(ex.passing()));
            m.put("examples", examples);
        });
        return m;
    }

    private Govmeta open(String ref) {
        return opened.computeIfAbsent(ref == null ? "" : ref, k -> {
            try {
                return Govmeta.open(ValidationRequest.builder(Path.of("").toAbsolutePath())
                        .noConfig(true).noBaseline(true).profile(ref).build());
            } catch (GovmetaException e) {
                throw Problem.badRequest(String.join("; ", e.problems()));
            }
        });
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("severity", r.severity().id());
        m.put("title", text(r.title()));
        m.put("message", text(r.message()));
        m.put("clause", r.clause());
        m.put("field", r.field());
        m.put("since", r.since());
        m.put("profile", r.profile());
        return m;
    }

    private static Map<String, Object> example(RuleExamples.Example e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("base", e.base());
        m.put("patch", e.patch());
        return m;
    }

    private static Map<String, String> text(LocalizedText t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("th", t.th());
        m.put("en", t.en());
        return m;
    }
}
