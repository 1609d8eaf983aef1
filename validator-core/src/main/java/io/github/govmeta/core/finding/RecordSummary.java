package io.github.govmeta.core.finding;

/**
 * A dataset record that was checked.
 *
 * @param source   the file it came from
 * @param index    0-based position of the record in its source
 * @param dataset  its name or id (or {@code #index} when it has neither)
 * @param title    its title, or null
 * @param line     line where the record starts
 * @param findings number of findings on it
 */
public record RecordSummary(String source, int index, String dataset, String title, int line, int findings) {}
