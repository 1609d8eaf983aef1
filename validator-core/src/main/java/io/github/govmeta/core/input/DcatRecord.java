package io.github.govmeta.core.input;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RecordSummary;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One {@code dcat:Dataset} of an RDF source with the SHACL findings of its description (its distributions,
 * blank nodes and the other nodes it references). Datasets whose IRIs end in the same name are one record.
 * The description itself is not kept: a large catalog is checked description by description as it is
 * parsed ({@link DcatCheck}), and only the findings wait until the datasets are handed over in IRI order.
 *
 * @param source  display name of the source
 * @param index   0-based position of the dataset among the source's, in IRI order
 * @param dataset the dataset's name: the last segment of its IRI
 * @param results the findings of its description, sorted
 */
public record DcatRecord(String source, int index, String dataset, List<Finding> results) implements InputRecord {
    public DcatRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataset, "dataset");
        results = List.copyOf(results);
    }

    @Override
    public RecordSummary summary() {
        return new RecordSummary(source, index, dataset, null, 0, 0);
    }

    @Override
    public List<Finding> findings(Function<SourceRecord, List<Finding>> ckanCheck) {
        return results;
    }
}
