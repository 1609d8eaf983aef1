package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileRepository;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile check} on a malformed dcat-mapping.yaml: findings at the problems, not an exception. */
class MappingFileCheckTest {
    @TempDir
    Path dir;

    @Test
    void eachProblemOfTheMappingIsAFindingWithLineAndColumn() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path mapping = dir.resolve("shapes/th-gdc/1.0.0/dcat-mapping.yaml");
        ProfileCopies.replace(mapping, "  title: {path: \"dct:title\", kind: text}", "  title: [dct:title]");
        ProfileCopies.replace(mapping, "kind: concept, scheme: objective}", "kind: concept}");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).filteredOn(f -> f.ruleId().equals("GOVMETA-PROFILE-MAPPING-FILE"))
                .extracting(f -> f.location().display().replace(dir.toString(), "") + " " + f.message().en())
                .containsExactly(
                        "/shapes/th-gdc/1.0.0/dcat-mapping.yaml:14:10 The DCAT mapping cannot be read: fields title: expected"
                                + " a mapping (key: value), found a list",
                        "/shapes/th-gdc/1.0.0/dcat-mapping.yaml:21:14 The DCAT mapping cannot be read: fields objective: a"
                                + " concept field needs its scheme");
        assertThat(findings).extracting(Finding::ruleId).containsOnly("GOVMETA-PROFILE-MAPPING-FILE");
    }
}
