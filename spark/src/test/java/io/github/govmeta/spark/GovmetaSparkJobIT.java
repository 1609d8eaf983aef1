package io.github.govmeta.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The job in Spark local mode ({@code local[2]}) against the command line's own run (a {@link
 * Govmeta#validate} JSON report of the same inputs): the same findings record by record, the same summary
 * and exit status, whatever the partitioning; bad input is a finding row and the job goes on.
 */
class GovmetaSparkJobIT {
    static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    static Path catalog;

    static SparkSession spark;

    @BeforeAll
    static void start() throws Exception {
        spark = LocalSpark.session();
        Catalogs.write(catalog, 6, 300, 200);
    }

    /** What one run of the job printed and wrote. */
    record Job(int status, String out, String err, List<String> findings, Map<String, Long> byRule) {}

    /** What the command line's run reports for the same inputs and options. */
    record Cli(int status, List<String> findings, Map<String, Long> byRule, JsonNode summary, String summaryLine) {}

    static Job job(Path output, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--output", output.toString()));
        all.addAll(List.of(args));
        int status = GovmetaSparkJob.run(spark, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> findings = new ArrayList<>();
        Map<String, Long> byRule = new TreeMap<>();
        if (Files.isDirectory(output.resolve("findings"))) {
            for (Row r : spark.read().parquet(output.resolve("findings").toString()).collectAsList()) {
                findings.add(key(r.getAs("ruleId"), r.getAs("severity"), r.getAs("source"), r.getAs("line"), r.getAs("column"),
                        r.getAs("pointer"), r.getAs("dataset"), r.getAs("value"), r.getAs("clause"), r.getAs("messageTh"),
                        r.getAs("messageEn"), r.getAs("suppression")));
            }
            for (Row r : spark.read().parquet(output.resolve("summary").toString()).collectAsList()) {
                if ((Long) r.getAs("findings") > 0) {
                    byRule.merge(r.getAs("ruleId"), r.getAs("findings"), Long::sum);
                }
            }
        }
        findings.sort(null);
        return new Job(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), findings, byRule);
    }

    static Cli cli(List<String> inputs, String lang) throws Exception {
        StringWriter json = new StringWriter();
        StringWriter text = new StringWriter();
        ValidationResult result = Govmeta.validate(ValidationRequest.builder(Path.of("").toAbsolutePath())
                .inputs(inputs).lang(lang)
                .output(new ValidationRequest.StreamReport("json", json, false))
                .output(new ValidationRequest.StreamReport("text", text, false))
                .timing(false)
                .build());
        JsonNode report = new ObjectMapper().readTree(json.toString());
        List<String> findings = new ArrayList<>();
        Map<String, Long> byRule = new TreeMap<>();
        for (JsonNode f : report.get("findings")) {
            JsonNode at = f.get("location");
            findings.add(key(f.get("ruleId").asText(), f.get("severity").asText(), at.get("source").asText(),
                    at.has("line") ? at.get("line").asInt() : null, at.has("column") ? at.get("column").asInt() : null,
                    text(at, "pointer"), text(f, "dataset"), text(f, "value"), f.get("clause").asText(),
                    f.get("messages").get("th").asText(), f.get("messages").get("en").asText(),
                    f.has("suppression") ? f.get("suppression").get("kind").asText() : null));
            if (!f.has("suppression")) {
                byRule.merge(f.get("ruleId").asText(), 1L, Long::sum);
            }
        }
        findings.sort(null);
        String[] lines = text.toString().strip().split("\n");
        return new Cli(result.status().code(), findings, byRule, report.get("summary"), lines[lines.length - 1]);
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asText() : null;
    }

    static String key(Object... fields) {
        return String.join(" | ", Stream.of(fields).map(String::valueOf).toList());
    }

    /** The job's verdict line without its duration. */
    static String verdict(Job job) {
        String[] lines = job.out().strip().split("\n");
        return lines[lines.length - 1].replaceAll(" \\([0-9.]+ (วินาที|s)\\)$", "");
    }

    @Test
    void theBundledExamplesGiveTheCommandLinesFindingsRecordByRecord(@TempDir Path out) throws Exception {
        Cli cli = cli(List.of(EXAMPLES.toString()), null);
        Job job = job(out, EXAMPLES.toString());

        assertThat(cli.findings()).hasSizeGreaterThan(40);
        assertThat(job.findings()).containsExactlyElementsOf(cli.findings());
        assertThat(job.status()).isEqualTo(cli.status()).isEqualTo(1);
        assertThat(verdict(job)).isEqualTo(cli.summaryLine()).startsWith("ไม่ผ่าน  ตรวจ ");
        assertThat(job.byRule()).isEqualTo(cli.byRule());
        // the malformed files are findings at their place, and every other file was still checked
        assertThat(job.findings()).anyMatch(f -> f.startsWith("GOVMETA-INPUT-SYNTAX | error | " + EXAMPLES + "/broken/truncated.json | 3 | 31 |"));
        assertThat(job.findings()).anyMatch(f -> f.startsWith("GOVMETA-INPUT-SYNTAX | error | " + EXAMPLES + "/broken/dump-bad-line.jsonl | "));
        assertThat(job.findings()).anyMatch(f -> f.startsWith("GDC-DATE-BE-last_updated_date | error | " + EXAMPLES + "/invalid/buddhist-era-date.json | 43 | 3 | /last_updated_date | moph-hospital-beds |"));
        assertThat(job.findings()).anyMatch(f -> f.contains(EXAMPLES + "/dcat/invalid-catalog.ttl"));
        assertThat(job.out()).contains("GDC-DATE-BE-last_updated_date").contains("กฎ").contains("หน่วยงาน");
        assertThat(job.err()).doesNotContain("Exception");
    }

    @Test
    void aGeneratedCatalogGivesTheCommandLinesFindingsOnOneOrFourPartitions(@TempDir Path out) throws Exception {
        Path harvest = catalog.resolve("harvest");
        Cli cli = cli(List.of(harvest.toString()), "en");
        Job one = job(out.resolve("one"), "--lang", "en", "--partitions", "1", harvest.toString());
        Job four = job(out.resolve("four"), "--lang", "en", "--partitions", "4", "--json", harvest.toString());

        assertThat(cli.summary().get("datasets").asInt()).isEqualTo(6 * 300 - 1 + 5 + 200);
        assertThat(cli.findings()).hasSizeGreaterThan(500)
                .anyMatch(f -> f.contains("/dcat/catalog.nt"))
                .anyMatch(f -> f.contains("/package_search-page-1.json"));
        assertThat(one.findings()).containsExactlyElementsOf(cli.findings());
        assertThat(four.findings()).containsExactlyElementsOf(one.findings());
        assertThat(one.status()).isEqualTo(four.status()).isEqualTo(cli.status()).isEqualTo(1);
        assertThat(verdict(one)).isEqualTo(verdict(four)).isEqualTo(cli.summaryLine())
                .startsWith("FAILED  8 files, " + (6 * 300 - 1 + 5 + 200) + " datasets: ");
        assertThat(four.byRule()).isEqualTo(one.byRule()).isEqualTo(cli.byRule());
        // the truncated line of the second file is one finding at its line; the lines after it were read
        assertThat(one.findings()).filteredOn(f -> f.startsWith("GOVMETA-INPUT-SYNTAX")).hasSize(1)
                .allMatch(f -> f.contains("/harvest/agency-1.jsonl | 151 | "));
        // the JSON Lines copy holds the same rows as the Parquet table
        assertThat(spark.read().json(out.resolve("four/findings-json").toString()).count()).isEqualTo(four.findings().size());
        // the summary table counts by organisation too
        List<Row> summary = spark.read().parquet(out.resolve("four/summary").toString())
                .filter("ruleId = 'GDC-REQ-title' and organization = 'bma'").collectAsList();
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).<Long>getAs("findings")).isPositive();
    }

    @Test
    void aPathThatDoesNotExistIsAFindingAndExitStatusTwoAndTheOthersAreChecked(@TempDir Path out) throws Exception {
        String missing = catalog.resolve("no-such-harvest").toString();
        String valid = EXAMPLES.resolve("valid").toString();
        Cli cli = cli(List.of(valid, missing), null);
        Job job = job(out, valid, missing);

        assertThat(job.status()).isEqualTo(cli.status()).isEqualTo(2);
        assertThat(job.findings()).containsExactlyElementsOf(cli.findings())
                .anyMatch(f -> f.startsWith("GOVMETA-INPUT-MISSING | error | " + missing + " |"));
        assertThat(verdict(job)).isEqualTo(cli.summaryLine());
        assertThat(job.err()).contains("no such file or folder: " + missing).doesNotContain("Exception");
    }

    @Test
    void wrongOptionsAreExitStatusTwoWithAClearMessage(@TempDir Path out) throws Exception {
        Job job = job(out, "--fail-on", "sometimes", "--profile", "th-gdc@9.9.9", EXAMPLES.toString());

        assertThat(job.status()).isEqualTo(2);
        assertThat(job.err()).contains("govmeta-spark: fail level: unknown level 'sometimes'").doesNotContain("Exception");
        assertThat(out.resolve("findings")).doesNotExist();

        Path file = Files.writeString(out.resolve("not-a-folder"), "x");
        Job unwritable = job(file.resolve("tables"), EXAMPLES.resolve("valid").toString());
        assertThat(unwritable.status()).isEqualTo(2);
        assertThat(unwritable.err()).startsWith("govmeta-spark: the job failed: ").doesNotContain("\tat ");

        Job noOutput = job(out, "--unknown-flag", EXAMPLES.toString());
        assertThat(noOutput.status()).isEqualTo(2);
        assertThat(noOutput.err()).contains("Unknown option: '--unknown-flag'");
    }
}
