package io.github.govmeta.core.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * A failing and a passing example of a rule, taken from the profile's own tests
 * ({@code tests/<RULE-ID>.yaml}): each is a change (JSON Merge Patch) to a complete valid dataset.
 *
 * @param failing a case that produces the rule
 * @param passing a case that does not
 */
public record RuleExamples(Example failing, Example passing) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param name  what the case shows
     * @param base  the valid dataset it changes ({@code tests/base/<base>.json})
     * @param patch the change, as JSON ({@code null} removes a field)
     */
    public record Example(String name, String base, String patch) {}

    /** The examples of {@code ruleId} in the profile (or the base it comes from), when it has tests. */
    public static Optional<RuleExamples> of(Profile profile, String ruleId) {
        for (Profile p : profile.chain()) {
            String file = "tests/" + ruleId + ".yaml";
            if (p.folder() == null || !p.folder().exists(file)) {
                continue;
            }
            List<Map<String, Object>> cases = cases(p.folder().open(file), p.folder().describe(file));
            Optional<Map<String, Object>> failing = cases.stream().filter(c -> expect(c).contains(ruleId)).findFirst();
            Optional<Map<String, Object>> passing = cases.stream().filter(c -> !expect(c).contains(ruleId)).findFirst();
            if (failing.isPresent() && passing.isPresent()) {
                return Optional.of(new RuleExamples(example(failing.get()), example(passing.get())));
            }
        }
        return Optional.empty();
    }

    private static Example example(Map<String, Object> c) {
        String change = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c.getOrDefault("patch", Map.of()));
        if (c.get("rdf") != null) {
            change = (c.get("patch") == null ? "" : change + "\n") + "DCAT: " + c.get("rdf");
        }
        return new Example(String.valueOf(c.get("name")), String.valueOf(c.getOrDefault("base", "(none)")), change);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(InputStream in, String name) {
        try (in) {
            Object doc = new Load(LoadSettings.builder().setLabel(name).build()).loadFromInputStream(in);
            return (List<Map<String, Object>>) Yaml.map(doc, name).get("cases");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ProfileException(name + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> expect(Map<String, Object> c) {
        Object e = c.get("expect");
        return e instanceof List<?> l ? ((List<Object>) l).stream().map(String::valueOf).toList() : List.of();
    }
}
