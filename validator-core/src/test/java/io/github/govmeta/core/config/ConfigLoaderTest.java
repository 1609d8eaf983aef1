package io.github.govmeta.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govmeta.core.engine.EngineRules;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.input.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .govmeta.yaml: every mistake located and explained, hostile files refused. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path f = dir.resolve(ConfigLoader.FILE_NAME);
        Files.writeString(f, text);
        return f;
    }

    private List<ConfigProblem> problems(String text) throws Exception {
        Path f = write(text);
        try {
            new ConfigLoader().load(f);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void readsEverySetting() throws Exception {
        GovmetaConfig c = new ConfigLoader().load(write("""
                profile: th-gdc@1.0.0
                lang: en
                failOn: warning
                include: ["**.json"]
                exclude: ["drafts/**"]
                baseline: base/known.json
                rules:
                  GDC-VOCAB-objective: warning
                  GDC-REQ-url: "off"
                overrides:
                  - files: "legacy/**"
                    rules: {GDC-REQ-notes: info}
                suppressions:
                  - rule: GDC-REQ-notes
                    dataset: old-dataset
                    pointer: /notes
                    reason: "ชุดข้อมูลเก่า รอย้ายระบบ"
                    until: 2027-09-30
                """));
        assertThat(c.profile()).isEqualTo("th-gdc@1.0.0");
        assertThat(c.lang()).isEqualTo(Lang.EN);
        assertThat(c.failOn()).isEqualTo("warning");
        assertThat(c.include()).containsExactly("**.json");
        assertThat(c.baseline()).isEqualTo(dir.resolve("base/known.json"));
        assertThat(c.rules()).containsEntry("GDC-REQ-url", "off");
        assertThat(c.overrides()).singleElement().satisfies(o -> {
            assertThat(o.files()).isEqualTo("legacy/**");
            assertThat(o.at()).isEqualTo(new Position(11, 5));
        });
        assertThat(c.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.until()).isEqualTo(LocalDate.of(2027, 9, 30));
            assertThat(s.reason()).isEqualTo("ชุดข้อมูลเก่า รอย้ายระบบ");
        });
    }

    @Test
    void unknownKeyHasItsPositionAndASuggestion() throws Exception {
        assertThat(problems("lang: th\nfailOnn: warning\n")).singleElement().satisfies(p -> {
            assertThat(p.at()).isEqualTo(new Position(2, 1));
            assertThat(p.message()).isEqualTo("unknown key 'failOnn' in the file (did you mean 'failOn'?)");
        });
        assertThat(problems("suppressions:\n  - rule: X-Y\n    reasn: r\n")).extracting(ConfigProblem::message)
                .containsExactlyInAnyOrder("unknown key 'reasn' in /suppressions/0 (did you mean 'reason'?)",
                        "'reason' is missing in /suppressions/0");
    }

    @Test
    void wrongTypeAndBadValues() throws Exception {
        assertThat(problems("include: \"**.json\"\n")).singleElement().satisfies(p -> {
            assertThat(p.at()).isEqualTo(new Position(1, 1));
            assertThat(p.message()).startsWith("/include: wrong type");
        });
        assertThat(problems("lang: jp\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("/lang: 'jp' is not one of th, en"));
        assertThat(problems("suppressions:\n  - {rule: A-B, reason: r, until: 2027-13-01}\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is not a date"));
    }

    @Test
    void readsTheAgencysPolicy() throws Exception {
        GovmetaConfig c = new ConfigLoader().load(write("""
                profile: th-gdc-policy
                policy:
                  reviewPeriodMonths: 6
                  contactDomains: ["*.go.th", nhso.or.th]
                  publicLevels: [public, registered]
                  requiredRoles: [data_custodian]
                """));
        assertThat(c.policy()).isEqualTo(new io.github.govmeta.core.checks.AgencyPolicy(6, List.of("*.go.th", "nhso.or.th"),
                List.of("public", "registered"), List.of("data_custodian")));
        assertThat(new ConfigLoader().load(write("lang: th\n")).policy()).isEqualTo(io.github.govmeta.core.checks.AgencyPolicy.NONE);
    }

    @Test
    void mistakesInThePolicyAreLocated() throws Exception {
        assertThat(problems("lang: th\npolicy:\n  reviewPeriodMonth: 6\n")).singleElement().satisfies(p -> {
            assertThat(p.at()).isEqualTo(new Position(3, 3));
            assertThat(p.message()).isEqualTo("unknown key 'reviewPeriodMonth' in /policy (did you mean 'reviewPeriodMonths'?)");
            assertThat(p.display()).endsWith(ConfigLoader.FILE_NAME + ":3:3: unknown key 'reviewPeriodMonth' in /policy (did you mean 'reviewPeriodMonths'?)");
        });
        assertThat(problems("policy:\n  reviewPeriodMonths: สิบสอง\n")).singleElement().satisfies(p -> {
            assertThat(p.at()).isEqualTo(new Position(2, 3));
            assertThat(p.message()).startsWith("/policy/reviewPeriodMonths: wrong type");
        });
        assertThat(problems("policy:\n  publicLevels: [public, เปิดเผย]\n")).singleElement().satisfies(p -> {
            assertThat(p.at().line()).isEqualTo(2);
            assertThat(p.message()).startsWith("/policy/publicLevels/1: 'เปิดเผย' is not one of public, registered");
        });
        assertThat(problems("policy:\n  contactDomains: [\"@go.th\"]\n  reviewPeriodMonths: 0\n"))
                .extracting(p -> p.at().line() + " " + p.message())
                .containsExactlyInAnyOrder("2 does not match the regex pattern " + "^(\\*\\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                        + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", "3 must have a minimum value of 1");
    }

    @Test
    void unknownRuleIdsAreNamedWithTheClosestKnownOne() throws Exception {
        GovmetaConfig c = new ConfigLoader().load(write("lang: en\nrules:\n  GOVMETA-INPUT-SYNTAXX: warning\n"));
        assertThatThrownBy(() -> ConfigLoader.checkRuleIds(c, EngineRules.catalog()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(".govmeta.yaml:3:3: unknown rule id 'GOVMETA-INPUT-SYNTAXX' in rules (did you mean 'GOVMETA-INPUT-SYNTAX'?)");
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        StringBuilder y = new StringBuilder("a0: &a0 [\"lol\", \"lol\"]\n");
        for (int i = 1; i <= 20; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        assertThat(problems(y.toString())).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not readable: GOVMETA-INPUT-LIMIT"));
    }

    @Test
    void customTagIsRefusedNotConstructed() throws Exception {
        assertThat(problems("profile: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.message()).startsWith("not readable: GOVMETA-INPUT-UNSAFE");
                    assertThat(p.at().line()).isEqualTo(1);
                });
    }

    @Test
    void hundredMegabyteDocumentIsRefused() throws Exception {
        Path f = dir.resolve(ConfigLoader.FILE_NAME);
        try (var out = Files.newBufferedWriter(f)) {
            out.write("lang: th\n# ");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> new ConfigLoader().load(f)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("GOVMETA-INPUT-LIMIT");
    }

    @Test
    void foundInTheWorkingDirectoryOrAParent() throws Exception {
        Path f = write("lang: en\n");
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        assertThat(ConfigLoader.find(nested)).contains(f);
    }
}
