package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.Severity;
import java.util.Map;

/**
 * One rule of a profile's catalogue (or of the engine's own): data, not code.
 *
 * @param id       stable id, e.g. {@code GDC-REQ-title}
 * @param severity default severity
 * @param field    the field it is about, for documentation (may be empty)
 * @param clause   the clause of the standard it enforces
 * @param since    the profile version that introduced it
 * @param title    short description
 * @param message  message template; placeholders are filled per finding
 * @param profile  id of the profile that defines it ({@code govmeta} for engine rules)
 * @param fix      the repair it declares safe ({@code govmeta fix}), or null
 * @param mask     how the offending value is shown in findings, or null to show it as written
 */
public record Rule(String id, Severity severity, String field, String clause, String since,
                   LocalizedText title, LocalizedText message, String profile, RuleFix fix, Mask mask) {

    /** A rule without a fix whose values are shown as written. */
    public Rule(String id, Severity severity, String field, String clause, String since,
                LocalizedText title, LocalizedText message, String profile) {
        this(id, severity, field, clause, since, title, message, profile, null, null);
    }

    /** This rule at another severity. */
    public Rule withSeverity(Severity level) {
        return new Rule(id, level, field, clause, since, title, message, profile, fix, mask);
    }

    /**
     * The one way to make a finding: this rule's id, severity and clause, and its message filled with
     * {@code args} (a placeholder without an argument is left empty, never shown as written). A masked rule
     * masks {@code value} wherever it appears, in the value and in every argument.
     *
     * @param dataset the dataset's name, or null for a finding of no dataset
     * @param value   the offending value as written, or null
     * @param extras  engine details (keyword, focus node, …)
     */
    public Finding finding(Map<String, String> args, Location at, String dataset, String value, Map<String, String> extras) {
        if (mask != null && value != null && !value.isEmpty()) {
            String masked = mask.apply(value);
            Map<String, String> safe = new java.util.HashMap<>();
            args.forEach((k, v) -> safe.put(k, v == null ? null : v.replace(value, masked)));
            return new Finding(id, severity, message.format(safe), at, dataset, masked, clause, extras);
        }
        return new Finding(id, severity, message.format(args), at, dataset, value, clause, extras);
    }
}
