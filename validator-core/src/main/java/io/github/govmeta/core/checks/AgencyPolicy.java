package io.github.govmeta.core.checks;

import java.util.List;

/**
 * An agency's own data management policy, the {@code policy:} section of {@code .govmeta.yaml}: the values
 * the profile's checks ({@code checks.yaml}) take from it. A value not given (null) keeps the profile's
 * default. Immutable.
 *
 * @param reviewPeriodMonths how often a classification is reviewed, in months
 * @param contactDomains     the e-mail domains contacts must use ({@code go.th} or {@code *.go.th}); empty: any
 * @param publicLevels       the classification levels that may be published in a public export
 * @param requiredRoles      fields every dataset must state besides the profile's own
 */
public record AgencyPolicy(Integer reviewPeriodMonths, List<String> contactDomains, List<String> publicLevels,
                           List<String> requiredRoles) {

    /** No policy of the agency's own: the profile's defaults. */
    public static final AgencyPolicy NONE = new AgencyPolicy(null, null, null, null);

    public AgencyPolicy {
        contactDomains = contactDomains == null ? null : List.copyOf(contactDomains);
        publicLevels = publicLevels == null ? null : List.copyOf(publicLevels);
        requiredRoles = requiredRoles == null ? null : List.copyOf(requiredRoles);
    }
}
