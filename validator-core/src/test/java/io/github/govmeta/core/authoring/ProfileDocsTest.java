package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileRepository;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The field references committed with each bundled profile ({@code schemas/<id>/<version>/docs/}) are
 * exactly what {@code govmeta profile docs} generates now; when a schema or rule changes, regenerate them
 * with {@code ./govmeta profile docs schemas/<id>/<version> --out schemas/<id>/<version>/docs}.
 */
class ProfileDocsTest {
    private final ProfileRepository repo = new ProfileRepository();

    @TestFactory
    Stream<DynamicTest> committedDocsAreNotStale() {
        return repo.bundled().stream().flatMap(folder -> {
            Path dir = TestRecords.ROOT.resolve("schemas").resolve(folder);
            ProfileDocs docs = ProfileDocs.of(repo.directory(dir));
            return Stream.of(
                    DynamicTest.dynamicTest(folder + "/docs/fields.md", () ->
                            assertThat(Files.readString(dir.resolve("docs/fields.md"))).as("regenerate with govmeta profile docs")
                                    .isEqualTo(docs.markdown())),
                    DynamicTest.dynamicTest(folder + "/docs/fields.html", () ->
                            assertThat(Files.readString(dir.resolve("docs/fields.html"))).as("regenerate with govmeta profile docs")
                                    .isEqualTo(docs.html())));
        });
    }
}
