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
 *                 that read values (quality scoring); null for a DCAT dataset, whose description is not
 *                 kept. Shared with the engine: a listener must not modify it.
 */
public record RecordSummary(String source, int index, String dataset, String title, int line, int findings,
                            JsonNode content) {

    /** A summary without content. */
    public RecordSummary(String source, int index, String dataset, String title, int line, int findings) {
        this(source, index, dataset, title, line, findings, null);
    }
}
