package io.github.govmeta.core.input;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RecordSummary;
import java.util.List;
import java.util.function.Function;

/**
 * One dataset as a source format hands it over: a CKAN record ({@link SourceRecord}), still to be checked
 * against the JSON Schemas, or a DCAT dataset ({@link DcatRecord}), checked against the shapes as its
 * description was read. The engine treats both alike: it asks the record for its findings and reports
 * them under its summary. Immutable.
 */
public sealed interface InputRecord permits SourceRecord, DcatRecord {

    /** How the record is shown in reports; its finding count is 0 (the engine fills it in). */
    RecordSummary summary();

    /**
     * The record's findings, sorted ({@link Finding#ORDER}).
     *
     * @param ckanCheck the check of a CKAN record; a DCAT record does not call it
     */
    List<Finding> findings(Function<SourceRecord, List<Finding>> ckanCheck);
}
