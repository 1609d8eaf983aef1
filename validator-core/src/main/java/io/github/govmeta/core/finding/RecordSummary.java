package io.github.govmeta.core.finding;

import tools.jackson.databind.JsonNode;

/**
 * A dataset record that was checked.
 *
 * @param source   the file it came from
 * @param index    0-based position of the record in its source
 * @param dataset  its name or id (or {@code #index} when it has neither)
 * @param title    its title, or null
 * @param line     line where the record starts
 * @param findings number of findings on it
 * @param content  the record in the profile's canonical CKAN form, as its schemas checked it, for listeners
 *                 that read values (quality scoring); for a DCAT dataset its description read back into
 *                 that form through the profile's mapping (mapped fields only), and only when a listener
 *                 {@link FindingListener#readsContent() reads content}; else null. Shared with the engine:
 *                 a listener must not modify it.
 * @param rdf      whether it is a {@code dcat:Dataset} of an RDF source (its content then has only the
 *                 fields the profile's DCAT mapping carries)
 */
public record RecordSummary(String source, int index, String dataset, String title, int line, int findings,
                            JsonNode content, boolean rdf) {

    /** A summary of a CKAN record without content. */
    public RecordSummary(String source, int index, String dataset, String title, int line, int findings) {
        this(source, index, dataset, title, line, findings, null, false);
    }
}
