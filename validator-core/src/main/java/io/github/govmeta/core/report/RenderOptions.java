package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.profile.RuleCatalog;

/**
 * What a renderer needs besides the findings.
 *
 * @param lang   language of messages
 * @param color  whether ANSI colour may be used (only the text format uses it)
 * @param timing whether durations are printed (off for reproducible output)
 * @param rules  the rules of the run, for formats that describe them
 * @param showSuppressed whether the text report lists suppressed findings (else only counts them; machine
 *               formats always carry them, marked)
 */
public record RenderOptions(Lang lang, boolean color, boolean timing, RuleCatalog rules, boolean showSuppressed) {
    /** Suppressed findings counted, not listed, in the text report. */
    public RenderOptions(Lang lang, boolean color, boolean timing, RuleCatalog rules) {
        this(lang, color, timing, rules, false);
    }

    /** The same options for a report file: never coloured. */
    public RenderOptions forFile() {
        return new RenderOptions(lang, false, timing, rules, showSuppressed);
    }
}
