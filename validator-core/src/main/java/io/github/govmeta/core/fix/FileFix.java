package io.github.govmeta.core.fix;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import java.util.List;

/**
 * What {@code govmeta fix} did to one source. Immutable.
 *
 * @param source    the source's name, as findings show it
 * @param outcome   what became of the file
 * @param changes   the fixes applied (or, in a dry run, that would be), in file order
 * @param refusals  the findings whose rule declares a fix that was not applied here, and why
 * @param diff      the unified diff of the changes (empty when none)
 * @param problem   why the file was not written ({@link Outcome#NOT_WRITTEN}), or why it is not fixed at all, or null
 */
public record FileFix(String source, Outcome outcome, List<Change> changes, List<Refusal> refusals, String diff,
                      LocalizedText problem) {

    public FileFix {
        changes = List.copyOf(changes);
        refusals = List.copyOf(refusals);
    }

    /** What became of a source. */
    public enum Outcome {
        /** the fixes were written (atomically, temporary file then rename) */
        WRITTEN,
        /** a dry run: the fixes would be written */
        WOULD_WRITE,
        /** nothing to change */
        UNCHANGED,
        /** fixes were found but the file was left as it was (it changed since it was read, or cannot be written) */
        NOT_WRITTEN,
        /** an RDF source: {@code govmeta fix} does not rewrite RDF */
        RDF,
        /** not a file (standard input, a source held in memory): nothing to write back to */
        NOT_A_FILE
    }

    /**
     * One value fixed.
     *
     * @param finding the finding it fixes
     * @param line    the value's line (1-based)
     * @param before  the value as it was written
     * @param after   the value as it is written now
     */
    public record Change(Finding finding, int line, String before, String after) {}

    /**
     * A fix not applied: never a guess.
     *
     * @param finding the finding that stays
     * @param reason  why, in Thai and English
     */
    public record Refusal(Finding finding, LocalizedText reason) {}
}
