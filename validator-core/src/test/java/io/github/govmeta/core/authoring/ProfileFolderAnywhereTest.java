package io.github.govmeta.core.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.ProfileRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field report item 20: a profile folder works wherever it sits — with its DCAT files beside it, or where
 * its manifest's {@code shapesDir} says — and a missing DCAT form says where it looked and what to do.
 */
class ProfileFolderAnywhereTest {
    @TempDir
    Path dir;

    /** th-gdc 1.0.0 copied as a draft 1.1.0 into {@code drafts/1.1.0}, its DCAT files into {@code dcat/}. */
    private Path draft() throws IOException {
        Path copy = ProfileCopies.thGdc(dir.resolve("repo"));
        Path draft = dir.resolve("drafts/1.1.0");
        Files.createDirectories(draft.getParent());
        Files.move(copy, draft);
        Files.move(dir.resolve("repo/shapes/th-gdc/1.0.0"), dir.resolve("dcat"));
        ProfileCopies.replace(draft.resolve("profile.yaml"), "version: 1.0.0", "version: 1.1.0");
        return draft;
    }

    @Test
    void shapesDirNamesWhereTheDcatFilesAreRelativeToTheManifest() throws IOException {
        Path draft = draft();
        ProfileCopies.replace(draft.resolve("profile.yaml"), "version: 1.1.0", "version: 1.1.0\nshapesDir: ../../dcat");
        Profile p = new ProfileRepository().directory(draft);
        assertThat(p.dcat().folder().describe("shapes.ttl")).isEqualTo(dir.resolve("dcat/shapes.ttl").toString());
        assertThat(ProfileDiff.of(new ProfileRepository().bundled("th-gdc@1.0.0"), p).breaking()).isFalse();
    }

    @Test
    void dcatFilesBesideTheManifestAreFound() throws IOException {
        Path draft = draft();
        try (var files = Files.list(dir.resolve("dcat"))) {
            for (Path f : files.toList()) {
                Files.move(f, draft.resolve(f.getFileName()));
            }
        }
        assertThat(new ProfileRepository().directory(draft).dcat().folder().describe("shapes.ttl"))
                .isEqualTo(draft.resolve("shapes.ttl").toString());
    }

    @Test
    void aMissingDcatFormSaysWhereItLookedAndWhatToDo() throws IOException {
        Path draft = draft();
        assertThatThrownBy(() -> new ProfileRepository().directory(draft)).isInstanceOf(ProfileException.class)
                .hasMessageContaining("shapes file(s) shapes.ttl, vocabularies.ttl not found (looked in " + draft)
                .hasMessageContaining("name their folder with shapesDir:");
    }
}
