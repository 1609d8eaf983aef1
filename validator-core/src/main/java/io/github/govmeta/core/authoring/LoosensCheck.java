package io.github.govmeta.core.authoring;

import io.github.govmeta.core.engine.GovmetaValidator;
import java.util.List;
import java.util.Map;

/**
 * An extension does not loosen its base: each CKAN dataset its examples show as valid stays valid under
 * the base profile, except for the base rules the manifest declares under {@code loosens} (id prefixes).
 * DCAT examples are not compared: a base's shapes know nothing of the extension's terms.
 */
final class LoosensCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        GovmetaValidator base = profile.compiled().base();
        if (base == null) {
            return;
        }
        List<String> declared = profile.loosens();
        for (CheckedProfile.RuleTests tests : profile.tests()) {
            for (CheckedProfile.Case c : tests.cases()) {
                if (!c.expect().isEmpty() || c.rdf() || c.record() == null) {
                    continue;
                }
                List<String> underBase;
                try {
                    underBase = CheckedProfile.ruleIds(base, c.record()).stream()
                            .filter(r -> declared.stream().noneMatch(r::startsWith)).toList();
                } catch (RuntimeException e) {
                    continue; // the example check reports what the engine cannot run
                }
                if (!underBase.isEmpty()) {
                    findings.add(ProfileRules.LOOSENS, tests.file(), c.at(),
                            Map.of("property", c.name(), "value", String.join(", ", underBase)));
                }
            }
        }
    }
}
