package io.github.govmeta.core.checks;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a run's profile checks depend on besides the record: the day dates are measured against, the
 * agency's policy, and the export target ({@code public}, or null for none). Immutable.
 */
public record CheckContext(LocalDate today, AgencyPolicy policy, String target) {
    public CheckContext {
        Objects.requireNonNull(today, "today");
        policy = policy == null ? AgencyPolicy.NONE : policy;
    }
}
