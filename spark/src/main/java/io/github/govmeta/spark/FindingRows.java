package io.github.govmeta.spark;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RecordSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tools.jackson.databind.JsonNode;

/**
 * A finding as a table row: the fields of govmeta's JSON report ({@code location} flattened), and the
 * dataset's organisation for grouping. {@code line} and {@code column} are null where the report leaves
 * them out (an RDF node, a whole file); {@code suppression} is null for a finding that counts.
 */
public final class FindingRows {
    /** The columns of a finding, in this order. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("ruleId", DataTypes.StringType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("message", DataTypes.StringType, false),
        DataTypes.createStructField("messageTh", DataTypes.StringType, false),
        DataTypes.createStructField("messageEn", DataTypes.StringType, false),
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("line", DataTypes.IntegerType, true),
        DataTypes.createStructField("column", DataTypes.IntegerType, true),
        DataTypes.createStructField("pointer", DataTypes.StringType, true),
        DataTypes.createStructField("dataset", DataTypes.StringType, true),
        DataTypes.createStructField("organization", DataTypes.StringType, true),
        DataTypes.createStructField("value", DataTypes.StringType, true),
        DataTypes.createStructField("clause", DataTypes.StringType, false),
        DataTypes.createStructField("suppression", DataTypes.StringType, true),
        DataTypes.createStructField("suppressionReason", DataTypes.StringType, true),
    });

    private FindingRows() {
    }

    /** The values of {@link #SCHEMA} for {@code f}, with messages in {@code lang} first. */
    static Object[] values(Finding f, Lang lang, String organization) {
        boolean located = f.location().line() > 0;
        return new Object[] {
            f.ruleId(), f.severity().id(), f.message().in(lang), f.message().th(), f.message().en(),
            f.location().source(), located ? f.location().line() : null, located ? f.location().column() : null,
            f.location().pointer(), f.dataset(), organization, f.value(), f.clause(),
            f.suppressed() ? f.suppression().kind() : null, f.suppressed() ? f.suppression().reason() : null,
        };
    }

    static Row row(Finding f, Lang lang, String organization) {
        return RowFactory.create(values(f, lang, organization));
    }

    /**
     * The organisation that publishes a CKAN record, from its canonical content: {@code organization.name},
     * else {@code owner_org}; null for a DCAT dataset or a record that names none.
     */
    static String organization(JsonNode content) {
        if (content == null) {
            return null;
        }
        JsonNode org = content.path("organization").path("name");
        if (org.isString() && !org.asString().isBlank()) {
            return org.asString();
        }
        JsonNode owner = content.path("owner_org");
        return owner.isString() && !owner.asString().isBlank() ? owner.asString() : null;
    }

    /**
     * Collects one source's findings as rows, each with the organisation of the dataset it belongs to
     * (findings of a dataset follow its {@code recordChecked}; findings of no dataset have none).
     */
    static final class Collector implements FindingListener {
        private final Lang lang;
        final List<Object[]> rows = new ArrayList<>();
        private String dataset;
        private String organization;

        Collector(Lang lang) {
            this.lang = lang;
        }

        @Override
        public void recordChecked(RecordSummary record) {
            dataset = record.dataset();
            organization = organization(record.content());
        }

        @Override
        public void onFinding(Finding f) {
            rows.add(values(f, lang, f.dataset() != null && f.dataset().equals(dataset) ? organization : null));
        }
    }
}
