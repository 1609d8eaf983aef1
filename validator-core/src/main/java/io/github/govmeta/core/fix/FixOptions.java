package io.github.govmeta.core.fix;

import java.util.Set;

/**
 * What {@code govmeta fix} is asked to do. Immutable.
 *
 * @param dryRun compute the fixes and their diff, write nothing
 * @param rules  apply only the fixes of these rule ids (empty: every rule's)
 */
public record FixOptions(boolean dryRun, Set<String> rules) {
    public FixOptions {
        rules = rules == null ? Set.of() : Set.copyOf(rules);
    }

    /** Whether the fixes of {@code ruleId} may be applied. */
    public boolean allows(String ruleId) {
        return rules.isEmpty() || rules.contains(ruleId);
    }
}
