package io.github.govmeta.core.profile;

import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.rdf.DcatMapping;
import java.util.Map;

/**
 * The CKAN → DCAT mapping covers every dataset field of the profile (resources aside: they map as
 * distributions), or lists it under {@code unmapped} with the reason.
 */
final class MappingCoverageCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        Profile.DcatForm dcat = profile.profile().dcat();
        if (dcat == null || dcat.mapping().isEmpty()) {
            return;
        }
        DcatMapping mapping = profile.mapping();
        for (ProfileModel.Field f : ProfileModel.of(profile.profile()).fields()) {
            String key = f.path;
            boolean resources = key.equals("resources") || key.contains("[]");
            if (!resources && !mapping.fields().containsKey(key) && !mapping.unmapped().containsKey(key)) {
                findings.addAt(ProfileRules.MAPPING, dcat.folder().describe(dcat.mapping()), Position.UNKNOWN, Map.of("value", key));
            }
        }
    }
}
