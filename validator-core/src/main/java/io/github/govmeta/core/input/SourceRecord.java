package io.github.govmeta.core.input;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RecordSummary;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One CKAN dataset as read from a source, before canonicalisation: the tree as written, and where each value
 * of it sits in the source. Immutable once the reader hands it over.
 *
 * @param source    display name of the source (path as given, or {@code <stdin>})
 * @param index     0-based position of the record in its source
 * @param node      the record as written
 * @param positions positions of the record's values, keyed by JSON Pointer relative to the record
 */
public record SourceRecord(String source, int index, JsonNode node, PositionIndex positions) implements InputRecord {

    /** The dataset's CKAN name, else its id, else its DCAT-US identifier, else {@code #index+1}. */
    public String datasetName() {
        for (String key : new String[] {"name", "id", "identifier"}) { // identifier: a DCAT-US data.json dataset
            JsonNode v = node.get(key);
            if (v != null && v.isString() && !v.asString().isBlank()) {
                return v.asString();
            }
        }
        return "#" + (index + 1);
    }

    public String title() {
        JsonNode v = node.get("title");
        return v != null && v.isString() ? v.asString() : null;
    }

    public Position start() {
        return positions.find("");
    }

    @Override
    public RecordSummary summary() {
        return new RecordSummary(source, index, datasetName(), title(), start().line(), 0);
    }

    /** The findings of {@code ckanCheck}: the JSON Schemas of the profile. */
    @Override
    public List<Finding> findings(Function<SourceRecord, List<Finding>> ckanCheck) {
        return ckanCheck.apply(this);
    }
}
