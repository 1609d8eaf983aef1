package io.github.govmeta.core.input.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source that cannot be read when its turn comes — deleted since it was collected, a directory — is an
 * input finding on that source, whatever its name says about its format, and the run goes on.
 */
class UnreadableSourcesTest {
    private static final GovmetaValidator VALIDATOR = TestRecords.validator("th-gdc@1.0.0");

    @TempDir
    Path dir;

    @Test
    void aSourceThatCannotBeReadIsAnIoFindingOnItAndTheRunGoesOn() throws IOException {
        List<InputSource> sources = new ArrayList<>();
        for (String name : List.of("gone", "gone.json", "gone.jsonl", "gone.yaml", "gone.ttl", "gone.jsonld")) {
            Path file = Files.writeString(dir.resolve(name), "{}");
            sources.add(InputSource.file(file, name));
            Files.delete(file);
        }
        for (String name : List.of("folder", "folder.json", "folder.jsonl", "folder.yaml", "folder.ttl", "folder.nt")) {
            sources.add(InputSource.file(Files.createDirectory(dir.resolve(name)), name));
        }
        Path good = Files.writeString(dir.resolve("good.json"), "{\"name\": \"still-read\"}");
        sources.add(InputSource.file(good, "good.json"));

        List<Finding> findings = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        VALIDATOR.run(sources, new FindingListener() {
            @Override
            public void onFinding(Finding f) {
                findings.add(f);
            }

            @Override
            public void recordChecked(RecordSummary record) {
                checked.add(record.source() + " " + record.dataset());
            }
        });

        for (InputSource unreadable : sources.subList(0, sources.size() - 1)) {
            assertThat(findings).as(unreadable.name()).filteredOn(f -> f.location().source().equals(unreadable.name()))
                    .singleElement().satisfies(f -> assertThat(f.ruleId()).as(f.message().en()).isEqualTo(InputRules.IO));
        }
        assertThat(checked).containsExactly("good.json still-read");
    }

    /** A stream that gives {@code text} and then fails, as a disk or a network mount can. */
    private static InputSource failingAfter(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputSource(name, InputSource.formatOf(name), () -> new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next == bytes.length) {
                    throw new IOException("device error");
                }
                return bytes[next++] & 0xFF;
            }
        });
    }

    @Test
    void aReadThatFailsMidwayIsAnIoFindingAndTheRecordsBeforeItAreKept() {
        List<InputSource> sources = List.of(
                failingAfter("dump.json", "[{\"name\": \"first\"},\n"),
                failingAfter("dump.jsonl", "{\"name\": \"first\"}\n"),
                failingAfter("dump.yaml", "name: first\n"),
                failingAfter("catalog.ttl", "<https://data.go.th/dataset/first> a <http://www.w3.org/ns/dcat#Dataset> .\n"));
        List<Finding> findings = TestRecords.run(VALIDATOR, sources).findings();
        for (InputSource source : sources) {
            assertThat(findings).as(source.name()).filteredOn(f -> f.location().source().equals(source.name()))
                    .filteredOn(f -> f.ruleId().startsWith("GOVMETA-"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.ruleId()).isEqualTo(InputRules.IO);
                        assertThat(f.message().en()).contains("device error");
                    });
        }
        assertThat(findings).filteredOn(f -> "first".equals(f.dataset())).extracting(f -> f.location().source())
                .contains("dump.json", "dump.jsonl");
    }
}
