package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * {@code govmeta score examples/} as the README shows it, run in-process on a fixed day: text in Thai and
 * English, JSON, CSV, HTML and DQV are approved files. A change to a model's points, a metric or a reason shows up here.
 */
class ScoreApprovalTest {
    private static CliRun score(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "score";
        all[1] = "--no-config";
        all[2] = "--today";
        all[3] = "2025-01-15";
        System.arraycopy(args, 0, all, 4, args.length);
        all[all.length - 1] = "examples";
        return CliRun.run(CliRun.ROOT, all);
    }

    @Test
    void textThai() {
        CliRun r = score("--lang", "th");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Approvals.verify(r.out());
    }

    @Test
    void textEnglish() {
        Approvals.verify(score("--lang", "en").out());
    }

    @Test
    void textExplainedOneDataset() {
        CliRun r = CliRun.run(CliRun.ROOT, "score", "--no-config", "--today", "2025-01-15", "--lang", "en", "--explain",
                "examples/valid/geospatial-dopa-tambon-boundary.json");
        Approvals.verify(r.out());
    }

    @Test
    void json() {
        Approvals.verify(score("--format", "json").out(), new Options().forFile().withExtension(".json"));
    }

    @Test
    void csv() {
        Approvals.verify(score("--format", "csv").out(), new Options().forFile().withExtension(".csv"));
    }

    @Test
    void htmlOfTheValidExamples() {
        CliRun r = CliRun.run(CliRun.ROOT, "score", "--no-config", "--today", "2025-01-15", "--lang", "en", "--format", "html", "examples/valid");
        Approvals.verify(r.out(), new Options().forFile().withExtension(".html"));
    }

    /** The DQV Turtle of one dataset, approved as sorted N-Triples (the Turtle writer's order is Jena's). */
    @Test
    void dqvOfOneDataset() {
        CliRun r = CliRun.run(CliRun.ROOT, "score", "--no-config", "--today", "2025-01-15", "--format", "dqv",
                "examples/valid/geospatial-dopa-tambon-boundary.json");
        org.apache.jena.rdf.model.Model g = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(r.out(), org.apache.jena.riot.Lang.TURTLE).parse(g);
        java.io.StringWriter nt = new java.io.StringWriter();
        g.write(nt, "N-TRIPLES");
        Approvals.verify(String.join("\n", nt.toString().lines().sorted().toList()) + "\n", new Options().forFile().withExtension(".nt"));
    }

    @Test
    void minScoreSetsExitCode1AndABadOptionExitCode2() {
        CliRun below = score("--min-score", "90");
        assertThat(below.exitCode()).isEqualTo(1);
        assertThat(below.err()).contains("govmeta score: the catalog scores 76.3, below --min-score 90");
        assertThat(score("--min-score", "50").exitCode()).isZero();
        CliRun format = score("--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format: unknown format 'xml' (expected one of csv, dqv, html, json, text)");
        CliRun date = score("--today", "2567-02-30");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("Invalid value for option '--today'").doesNotContain("\tat ");
        CliRun missing = CliRun.run(CliRun.ROOT, "score", "--no-config", "no-such-folder");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder: no-such-folder");
    }
}
