package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Severity;

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
 */
public record Rule(String id, Severity severity, String field, String clause, String since,
                   LocalizedText title, LocalizedText message, String profile) {}
