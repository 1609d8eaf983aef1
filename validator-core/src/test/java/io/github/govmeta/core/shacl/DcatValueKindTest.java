package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field report items 10–13: where the kind of a DCAT value, not its text, fails — an untyped date, a
 * literal where an IRI belongs, a blank-node concept — the finding says so and never contradicts the value
 * it shows; an e-mail written as a {@code mailto:} literal, as harvested catalogs write it, is an e-mail.
 */
class DcatValueKindTest {
    @TempDir
    Path dir;

    private List<Finding> findings(String from, String to, String... more) throws IOException {
        String ttl = Files.readString(TestRecords.ROOT.resolve("examples/dcat/valid-catalog.ttl"));
        assertThat(ttl).contains(from);
        ttl = ttl.replace(from, to);
        for (int i = 0; i < more.length; i += 2) {
            assertThat(ttl).contains(more[i]);
            ttl = ttl.replace(more[i], more[i + 1]);
        }
        Path file = dir.resolve("catalog.ttl");
        Files.writeString(file, ttl);
        return TestRecords.run(TestRecords.validator("th-gdc@1.0.0"), List.of(InputSource.file(file, "catalog.ttl"))).findings();
    }

    @Test
    void anUntypedDateSaysItIsAStringLiteralAndHowToWriteIt() throws IOException {
        List<Finding> f = findings("dct:modified                  \"2022-03-31\"^^<http://www.w3.org/2001/XMLSchema#date>",
                "dct:modified                  \"2022-03-31\"");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("GDC-FORMAT-last_updated_date");
            assertThat(x.message().en()).endsWith("found '2022-03-31' (the value is a literal of type xsd:string, not xsd:date;"
                    + " write \"2022-03-31\"^^xsd:date)");
            assertThat(x.message().th()).contains("ค่าเป็น literal ชนิด xsd:string ไม่ใช่ xsd:date");
        });
    }

    @Test
    void aUrlWrittenAsALiteralSaysItIsNotAnIri() throws IOException {
        List<Finding> f = findings("dcat:landingPage              <https://www.nso.go.th>;", "dcat:landingPage              \"https://www.nso.go.th\";");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("GDC-FORMAT-url");
            assertThat(x.message().en()).endsWith("(the value is a literal, not an IRI; write <https://www.nso.go.th>)");
        });
    }

    @Test
    void aMailtoLiteralIsAnEmail() throws IOException {
        assertThat(findings("vcard:hasEmail  <mailto:census@nso.go.th>", "vcard:hasEmail  \"mailto:census@nso.go.th\"")).isEmpty();
        assertThat(findings("vcard:hasEmail  <mailto:census@nso.go.th>", "vcard:hasEmail  \"census@nso.go.th\"")).isEmpty();
        assertThat(findings("vcard:hasEmail  <mailto:census@nso.go.th>", "vcard:hasEmail  \"census at nso.go.th\""))
                .extracting(Finding::ruleId).containsExactly("GDC-FORMAT-maintainer_email");
    }

    @Test
    void aBlankNodeConceptIsDescribedByItsLabelNeverByItsInternalId() throws IOException {
        List<Finding> f = findings("dct:type                      <https://govmeta.github.io/vocab/th-gdc/1.0.0/data_type/"
                + "%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%A1%E0%B8%B9%E0%B8%A5%E0%B8%AA%E0%B8%96%E0%B8%B4%E0%B8%95%E0%B8%B4>;",
                "dct:type                      [ skos:prefLabel \"ข้อมูลสถิติ\"@th ];");
        assertThat(f).isNotEmpty().allSatisfy(x -> {
            assertThat(x.message().en() + x.message().th() + x.value()).doesNotContain("_:");
            assertThat(x.message().en()).contains("a blank node with prefLabel 'ข้อมูลสถิติ'");
            assertThat(x.message().th()).contains("blank node ที่มี prefLabel 'ข้อมูลสถิติ'");
        });
        assertThat(f).extracting(Finding::ruleId).contains("GDC-REQ-data_type");
    }
}
