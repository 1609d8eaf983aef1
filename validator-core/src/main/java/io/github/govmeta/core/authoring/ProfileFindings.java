package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileFolder;
import io.github.govmeta.core.engine.EngineRules;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.input.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings of one profile check: each made from an engine rule ({@link ProfileRules}) and the
 * arguments of its message template, pointing into a file of the profile. Not thread-safe; one per run.
 */
final class ProfileFindings {
    private final ProfileFolder folder;
    private final List<Finding> findings = new ArrayList<>();

    ProfileFindings(ProfileFolder folder) {
        this.folder = folder;
    }

    /** A finding in {@code file}, a name relative to the checked profile's folder. */
    void add(String ruleId, String file, Position at, Map<String, String> args) {
        addAt(ruleId, folder.describe(file), at, args);
    }

    /** A finding in a file named as shown (a shapes file, a base profile's file). */
    void addAt(String ruleId, String shownFile, Position at, Map<String, String> args) {
        findings.add(EngineRules.catalog().find(ruleId).orElseThrow()
                .finding(args, new Location(shownFile, at.line(), at.column(), null), null, args.get("value"), Map.of()));
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    /** Every finding so far, in {@link Finding#ORDER}. */
    List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }
}
