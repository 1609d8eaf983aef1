package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.input.Position;
import java.util.Map;

/** An extension may raise the severity of a base rule ({@code severities:}), never lower it. */
final class SeverityCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        Profile p = profile.profile();
        if (p.base() == null) {
            return;
        }
        for (Rule r : p.base().rules().all()) {
            Rule mine = p.rules().find(r.id()).orElse(null);
            if (mine != null && !mine.severity().atLeast(r.severity())) {
                findings.add(ProfileRules.SEVERITY, "profile.yaml", Position.UNKNOWN,
                        Map.of("value", r.id(), "property", r.severity().id(), "other", mine.severity().id()));
            }
        }
    }
}
