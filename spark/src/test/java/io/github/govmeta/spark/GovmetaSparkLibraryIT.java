package io.github.govmeta.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API on a table of records, against the command line's run on the file the rows came from. */
class GovmetaSparkLibraryIT {
    @TempDir
    static Path catalog;

    static SparkSession spark;

    @BeforeAll
    static void start() throws Exception {
        spark = LocalSpark.session();
        Catalogs.write(catalog, 2, 200, 0);
    }

    static final StructType LINES = new StructType()
            .add("source", DataTypes.StringType).add("line", DataTypes.IntegerType).add("value", DataTypes.StringType);

    @Test
    void rowsWithTheirFileAndLineGetTheCommandLinesFindingsOfThatFile() throws Exception {
        Path file = catalog.resolve("harvest/agency-1.jsonl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(RowFactory.create(file.toString(), i + 1, lines.get(i)));
        }
        Dataset<Row> records = spark.createDataFrame(rows, LINES).repartition(3);

        Dataset<Row> checked = GovmetaSpark.withFindings(records, GovmetaOptions.defaults().withLang("en"));
        List<String> findings = new ArrayList<>();
        for (Row f : GovmetaSpark.findings(records, GovmetaOptions.defaults().withLang("en")).collectAsList()) {
            findings.add(GovmetaSparkJobIT.key(f.getAs("ruleId"), f.getAs("severity"), f.getAs("source"), f.getAs("line"),
                    f.getAs("column"), f.getAs("pointer"), f.getAs("dataset"), f.getAs("value"), f.getAs("clause"),
                    f.getAs("messageTh"), f.getAs("messageEn"), f.getAs("suppression")));
        }
        findings.sort(null);
        GovmetaSparkJobIT.Cli cli = GovmetaSparkJobIT.cli(List.of(file.toString()), "en");

        assertThat(cli.findings()).hasSizeGreaterThan(50);
        assertThat(findings).containsExactlyElementsOf(cli.findings());
        assertThat(checked.columns()).containsExactly("source", "line", "value", "findings");
        assertThat(checked.count()).isEqualTo(200);
        // the record cut off in the middle of the file is a finding on its own row, at its line
        Row cut = checked.filter("line = 101").first();
        assertThat(cut.<Row>getList(3)).singleElement()
                .satisfies(f -> assertThat(f.<String>getAs("ruleId")).isEqualTo("GOVMETA-INPUT-SYNTAX"))
                .satisfies(f -> assertThat(f.<Integer>getAs("line")).isEqualTo(101));
        // a clean record (index 0: no mistake) has no findings
        assertThat(checked.filter("line = 1").first().<Row>getList(3)).isEmpty();
    }

    @Test
    void rowsReadAsTextGetFindingsOnTheRowAndBadRowsAreFindings() {
        List<Row> rows = List.of(
                RowFactory.create(Catalogs.dataset(1, new java.util.Random(7))),
                RowFactory.create("[\"ไม่ใช่ชุดข้อมูล\"]"),
                RowFactory.create("{\"name\": \"dga-broken\", \"title\": "),
                RowFactory.create((Object) null));
        Dataset<Row> records = spark.createDataFrame(rows, new StructType().add("value", DataTypes.StringType));

        List<Row> checked = GovmetaSpark.withFindings(records, GovmetaOptions.defaults()).collectAsList();

        assertThat(checked).hasSize(4);
        assertThat(checked.get(0).<Row>getList(1)).extracting(f -> f.<String>getAs("ruleId")).contains("GDC-REQ-title");
        assertThat(checked.get(0).<Row>getList(1)).allSatisfy(f -> {
            assertThat(f.<String>getAs("source")).isEqualTo("<row>");
            assertThat(f.<String>getAs("message")).isEqualTo(f.<String>getAs("messageTh"));
        });
        assertThat(checked.get(1).<Row>getList(1)).extracting(f -> f.<String>getAs("ruleId")).containsExactly("GOVMETA-INPUT-SHAPE");
        assertThat(checked.get(2).<Row>getList(1)).extracting(f -> f.<String>getAs("ruleId")).containsExactly("GOVMETA-INPUT-SYNTAX");
        assertThat(checked.get(3).<Row>getList(1)).extracting(f -> f.<String>getAs("ruleId")).containsExactly("GOVMETA-INPUT-EMPTY");
    }

    @Test
    void aColumnThatIsNotThereIsACleanError() {
        Dataset<Row> records = spark.createDataFrame(List.of(RowFactory.create(1)), new StructType().add("value", DataTypes.IntegerType));

        assertThatThrownBy(() -> GovmetaSpark.withFindings(records, GovmetaOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no string column 'value' among value");
    }
}
