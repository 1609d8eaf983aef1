package io.github.govmeta.core.input;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RecordSummary;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One {@code dcat:Dataset} of an RDF source with the SHACL findings of its description (its distributions,
 * blank nodes and the other nodes it references). Datasets whose IRIs end in the same name are one record.
 * The description itself is not kept: a large catalog is checked description by description as it is
 * parsed ({@link DcatCheck}), and only the findings (and, for a run that reads values, the CKAN form)
 * wait until the datasets are handed over in IRI order.
 *
 * @param source  display name of the source
 * @param index   0-based position of the dataset among the source's, in IRI order
 * @param dataset the dataset's name: the last segment of its IRI
 * @param results the findings of its description, sorted
 * @param content its description read back into the profile's CKAN form (for quality scoring), or null
 *                when the run's listeners do not read values
 */
public record DcatRecord(String source, int index, String dataset, List<Finding> results, JsonNode content)
        implements InputRecord {
    public DcatRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataset, "dataset");
        results = List.copyOf(results);
    }

    @Override
    public RecordSummary summary() {
        return new RecordSummary(source, index, dataset, content == null ? null : content.path("title").asString(null), 0, 0, content, true);
    }

    @Override
    public List<Finding> findings(Function<SourceRecord, List<Finding>> ckanCheck) {
        return results;
    }
}
