package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileRepository;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile diff} sees the DCAT form: a changed SHACL constraint and a removed SKOS concept. */
class ShapesDiffTest {
    @TempDir
    Path dir;

    @Test
    void aChangedConstraintAndARemovedConceptAreClassified() throws IOException {
        Path old = ProfileCopies.thGdc(dir.resolve("old"));
        Path changed = ProfileCopies.thGdc(dir.resolve("new"));
        Path shapes = dir.resolve("new/shapes/th-gdc/1.0.0/shapes.ttl");
        ProfileCopies.replace(shapes, "  sh:minLength 2 ;\n  sh:maxLength 100 ;", "  sh:minLength 1 ;\n  sh:maxLength 50 ;");
        Path vocabularies = dir.resolve("new/shapes/th-gdc/1.0.0/vocabularies.ttl");
        Files.writeString(vocabularies, Arrays.stream(Files.readString(vocabularies).split("\n\n"))
                .filter(block -> !block.contains("skos:notation \"ครึ่งปี\"")).collect(Collectors.joining("\n\n")));

        ProfileRepository repo = new ProfileRepository();
        ProfileDiff diff = ProfileDiff.of(repo.directory(old), repo.directory(changed));

        assertThat(diff.changes()).containsExactly(
                new ProfileDiff.Change(ProfileDiff.Impact.BREAKING, "value-removed", "concept scheme update_frequency_unit",
                        "'ครึ่งปี' no longer a concept"),
                new ProfileDiff.Change(ProfileDiff.Impact.BREAKING, "constraint-tightened", "shape GDC-FORMAT-tags",
                        "sh:maxLength 100 → 50"),
                new ProfileDiff.Change(ProfileDiff.Impact.COMPATIBLE, "constraint-loosened", "shape GDC-FORMAT-tags",
                        "sh:minLength 2 → 1"));
        assertThat(diff.breaking()).isTrue();
    }

    @Test
    void theBundledProfilesComparedWithThemselvesHaveNoChanges() {
        ProfileRepository repo = new ProfileRepository();
        Profile governance = repo.bundled("th-gdc-governance@1.0.0");
        assertThat(ProfileDiff.of(governance, governance).changes()).isEmpty();
    }
}
