package io.github.govmeta.core.authoring;

import io.github.govmeta.core.input.Position;
import java.util.List;
import java.util.Map;

/**
 * The examples are the standard's tests: every rule the profile defines has a case that fails it and one
 * that passes, and every case (a CKAN dataset as a patch of a base dataset, or DCAT Turtle) yields
 * exactly the rule ids it expects.
 */
final class ExampleCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        for (CheckedProfile.RuleTests tests : profile.tests()) {
            boolean failing = false;
            boolean passing = false;
            for (CheckedProfile.Case c : tests.cases()) {
                failing |= c.expect().contains(tests.ruleId());
                passing |= !c.expect().contains(tests.ruleId());
                String written = c.node().path("name").asString("");
                if (c.missingBase() != null) {
                    findings.add(ProfileRules.CASE, tests.file(), c.at(),
                            Map.of("property", written, "other", "", "value", "no base dataset " + c.missingBase()));
                }
                if (!profile.runs(c)) {
                    continue;
                }
                String expected = String.join(", ", c.expect());
                List<String> actual;
                try {
                    actual = c.rdf() ? profile.dcatRuleIds(c) : profile.ckanRuleIds(c);
                } catch (RuntimeException e) {
                    findings.add(ProfileRules.CASE, tests.file(), c.at(),
                            Map.of("property", written, "other", expected, "value", "an error: " + e.getMessage()));
                    continue;
                }
                if (!actual.equals(c.expect())) {
                    findings.add(ProfileRules.CASE, tests.file(), c.at(),
                            Map.of("property", c.name(), "other", expected, "value", String.join(", ", actual)));
                }
            }
            if (!failing || !passing) {
                findings.add(ProfileRules.RULE_UNTESTED, tests.exists() ? tests.file() : profile.rulesFile(),
                        Position.UNKNOWN, Map.of("value", tests.ruleId()));
            }
        }
    }
}
