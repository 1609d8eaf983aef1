package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govmeta schema export}: one self-contained schema file per profile. */
class SchemaCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportsEveryBundledProfileByDefault() throws IOException {
        CliRun r = CliRun.run(dir, "schema", "export", "--out", "editor");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("govmeta: wrote editor/th-gdc-governance-1.0.0.schema.json (th-gdc-governance@1.0.0)\n"
                + "govmeta: wrote editor/th-gdc-policy-1.0.0.schema.json (th-gdc-policy@1.0.0)\n"
                + "govmeta: wrote editor/th-gdc-1.0.0.schema.json (th-gdc@1.0.0)\n");
        String schema = Files.readString(dir.resolve("editor/th-gdc-1.0.0.schema.json"));
        assertThat(schema).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"", "\"enumDescriptions\"",
                "\"defaultSnippets\"", "ชุดข้อมูลใหม่: ข้อมูลสถิติ").doesNotContain("\"x-rule\"", "\"$ref\" : \"vocabularies");
        try (var files = Files.list(dir.resolve("editor"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("th-gdc-1.0.0.schema.json", "th-gdc-governance-1.0.0.schema.json", "th-gdc-policy-1.0.0.schema.json");
        }
    }

    @Test
    void oneProfileFromAFolderAndAnUnknownOneIsAnError() {
        CliRun folder = CliRun.run(dir, "schema", "export", "--out", "out",
                CliRun.ROOT.resolve("validator-core/src/test/resources/profiles/agency-oic").toString());
        CliRun unknown = CliRun.run(dir, "schema", "export", "--out", "out", "th-nope");

        assertThat(folder.exitCode()).as(folder.err()).isZero();
        assertThat(folder.out()).startsWith("govmeta: wrote out/");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("govmeta: ");
    }
}
