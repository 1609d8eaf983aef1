package io.github.govmeta.core.checks;

import io.github.govmeta.core.finding.Location;
import java.util.List;

/**
 * What one record contributes to the catalog pass: a few keys with where they are written, and its
 * level for the summary's tally — never the record itself. Immutable.
 *
 * @param dataset the record's name or id
 * @param keys    one entry per catalog check that has something to keep of this record
 * @param level   the tallied field's value ("" when absent), or null when the profile tallies nothing
 */
public record CatalogKeys(String dataset, List<Key> keys, String level) {
    public CatalogKeys {
        keys = List.copyOf(keys);
    }

    /**
     * @param check the index of the catalog check
     * @param key   the value compared (normalised), or the group for a group check
     * @param shown the value as written, for messages
     * @param group the group it was compared within, or "" for the whole catalog
     * @param flag  for a group check: whether this record states the field the group needs
     * @param at    where the value is written
     */
    public record Key(int check, String key, String shown, String group, boolean flag, Location at) {}
}
