package io.github.govmeta.core.fix;

import io.github.govmeta.core.input.InputSource;
import java.util.List;

/**
 * What {@code govmeta fix} did to every source, in the order they were read. Immutable.
 *
 * @param files   one entry per source with a change, a refusal or a reason not to fix it
 * @param after   every source as it is after the fixes (changed ones held in memory; in a dry run, as they would be)
 * @param dryRun  whether nothing was written
 */
public record FixReport(List<FileFix> files, List<InputSource> after, boolean dryRun) {
    public FixReport {
        files = List.copyOf(files);
        after = List.copyOf(after);
    }

    /** Values fixed (or that would be, in a dry run) in files written (or that would be). */
    public int fixed() {
        return files.stream().filter(f -> f.outcome() == FileFix.Outcome.WRITTEN || f.outcome() == FileFix.Outcome.WOULD_WRITE)
                .mapToInt(f -> f.changes().size()).sum();
    }

    /** Files written (or that would be). */
    public int filesChanged() {
        return (int) files.stream().filter(f -> f.outcome() == FileFix.Outcome.WRITTEN || f.outcome() == FileFix.Outcome.WOULD_WRITE).count();
    }

    /** Findings whose rule declares a fix that was not applied. */
    public int refused() {
        return files.stream().mapToInt(f -> f.refusals().size()).sum();
    }

    /** Files with fixes that were not written (changed since read, or not writable). */
    public int notWritten() {
        return (int) files.stream().filter(f -> f.outcome() == FileFix.Outcome.NOT_WRITTEN).count();
    }
}
