package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileModel;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.rdf.DcatMapping;
import java.util.List;
import java.util.Map;

/**
 * The CKAN → DCAT mapping can be read (each problem of the file is a finding at its line and column)
 * and covers every dataset field of the profile (resources aside: they map as distributions), or lists
 * it under {@code unmapped} with the reason.
 */
final class MappingCoverageCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        Profile.DcatForm dcat = profile.profile().dcat();
        if (dcat == null || dcat.mapping().isEmpty()) {
            return;
        }
        DcatMapping mapping;
        try {
            mapping = profile.mapping();
        } catch (ProfileException e) {
            List<ProfileException.Problem> problems = e.problems().isEmpty()
                    ? List.of(new ProfileException.Problem(dcat.folder().describe(dcat.mapping()), 0, 0, e.getMessage()))
                    : e.problems();
            for (ProfileException.Problem p : problems) {
                findings.addAt(ProfileRules.MAPPING_FILE, p.file(), new Position(p.line(), p.column()), Map.of("detail", p.message()));
            }
            return;
        }
        for (ProfileModel.Field f : ProfileModel.of(profile.profile()).fields()) {
            String key = f.path();
            boolean resources = key.equals("resources") || key.contains("[]");
            if (!resources && !mapping.fields().containsKey(key) && !mapping.unmapped().containsKey(key)) {
                findings.addAt(ProfileRules.MAPPING, dcat.folder().describe(dcat.mapping()), Position.UNKNOWN, Map.of("value", key));
            }
        }
    }
}
