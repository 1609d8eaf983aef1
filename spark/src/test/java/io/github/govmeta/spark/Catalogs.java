package io.github.govmeta.spark;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.ValidationRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * A generated catalog of realistic Thai GD Catalog datasets, spread over several files in the formats a data
 * lake holds: JSON Lines (with a malformed line), a package_search page, and N-Triples converted from CKAN
 * through the profile's mapping. Deterministic; about one dataset in four has a mistake.
 */
final class Catalogs {
    private static final String[] ORGS = {"nso", "dopa", "tat", "moph", "dga", "mof", "bma", "pcd"};
    private static final String[] TOPICS = {"จำนวนนักท่องเที่ยว", "ประชากรตามทะเบียนราษฎร", "สถานพยาบาล", "คุณภาพอากาศ",
        "ราคาประเมินที่ดิน", "โรงเรียนในสังกัด", "ปริมาณน้ำฝน", "อุบัติเหตุทางถนน"};
    private static final String[] PROVINCES = {"กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต", "สงขลา", "นครราชสีมา"};
    private static final String[] UNITS = {"ปี", "ครึ่งปี", "ไตรมาส", "เดือน", "วัน"};

    private Catalogs() {
    }

    /** One dataset as a JSON Lines line; {@code i % 8} chooses its mistake, if any. */
    static String dataset(int i, Random rnd) {
        String org = ORGS[rnd.nextInt(ORGS.length)];
        String topic = TOPICS[rnd.nextInt(TOPICS.length)];
        String province = PROVINCES[rnd.nextInt(PROVINCES.length)];
        int year = 2015 + rnd.nextInt(9);
        String title = "\"title\": \"" + topic + " จังหวัด" + province + " ปี " + (year + 543) + " (" + i + ")\", ";
        String email = "data" + (i % 97) + "@example.go.th";
        String updated = (year + 1) + "-06-30";
        String frequency = UNITS[rnd.nextInt(UNITS.length)];
        switch (i % 8) {
            case 1 -> title = "";
            case 3 -> updated = (year + 544) + "-03-01";
            case 5 -> email = "data" + i + "(at)example.go.th";
            case 6 -> frequency = "ทุกสัปดาห์";
            default -> { }
        }
        return "{\"name\": \"" + org + "-dataset-" + i + "\", \"data_type\": \"ข้อมูลระเบียน\", " + title
                + "\"owner_org\": \"" + org + "\", \"maintainer\": \"ฝ่ายเทคโนโลยีสารสนเทศ\", \"maintainer_email\": \"" + email + "\", "
                + "\"tags\": [{\"name\": \"" + topic + "\"}, {\"name\": \"" + province + "\"}], "
                + "\"notes\": \"ชุดข้อมูล" + topic + "ของจังหวัด" + province + " รวบรวมจากระบบงานของหน่วยงาน\", "
                + "\"objective\": [\"พันธกิจหน่วยงาน\"], \"update_frequency_unit\": \"" + frequency + "\", \"update_frequency_interval\": 1, "
                + "\"geo_coverage\": \"จังหวัด\", \"data_source\": \"ระบบสารสนเทศของหน่วยงาน\", \"data_format\": [\"CSV\"], "
                + "\"data_category\": \"ข้อมูลสาธารณะ\", \"license_id\": \"Open Data Common\", \"created_date\": \"" + year + "-01-15\", "
                + "\"last_updated_date\": \"" + updated + "\", \"data_language\": [\"ไทย\"], "
                + "\"resources\": [{\"name\": \"" + topic + " " + (year + 543) + "\", \"url\": \"https://data.example.go.th/files/" + i + ".csv\", \"format\": \"CSV\"}]}";
    }

    /**
     * Writes {@code files} JSON Lines files of {@code perFile} datasets each (the second with a truncated
     * line in its middle), one package_search page, and {@code dcat} datasets as N-Triples, under {@code dir}.
     */
    static void write(Path dir, int files, int perFile, int dcat) throws IOException {
        Random rnd = new Random(42);
        Files.createDirectories(dir.resolve("harvest"));
        int i = 0;
        for (int f = 0; f < files; f++) {
            try (Writer w = Files.newBufferedWriter(dir.resolve("harvest/agency-" + f + ".jsonl"), StandardCharsets.UTF_8)) {
                for (int k = 0; k < perFile; k++) {
                    String line = dataset(i++, rnd);
                    if (f == 1 && k == perFile / 2) {
                        line = line.substring(0, line.length() / 2); // a record cut off by a failed harvest
                    }
                    w.write(line + "\n");
                }
            }
        }
        StringBuilder page = new StringBuilder("{\"help\": \"package_search\", \"success\": true, \"result\": {\"count\": 5, \"results\": [\n");
        for (int k = 0; k < 5; k++) {
            page.append(k == 0 ? "" : ",\n").append(dataset(i++, rnd));
        }
        Files.writeString(dir.resolve("harvest/package_search-page-1.json"), page.append("\n]}}\n"), StandardCharsets.UTF_8);
        Path ckan = dir.resolve("dcat-source.jsonl");
        try (Writer w = Files.newBufferedWriter(ckan, StandardCharsets.UTF_8)) {
            for (int k = 0; k < dcat; k++) {
                w.write(dataset(i++, rnd) + "\n");
            }
        }
        Files.createDirectories(dir.resolve("harvest/dcat"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("harvest/dcat/catalog.nt"))) {
            Govmeta.open(ValidationRequest.builder(dir).noConfig(true).inputs(List.of(ckan.toString())).build())
                    .toDcat(g -> RDFDataMgr.write(out, g, Lang.NTRIPLES));
        }
        Files.delete(ckan);
    }
}
