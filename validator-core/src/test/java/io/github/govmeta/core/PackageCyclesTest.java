package io.github.govmeta.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend on each other one way only: no cycle, so each can be read, tested and
 * changed from the bottom (finding, input) up (engine, the facade). Dependencies are read from the
 * sources' references to {@code io.github.govmeta.core.*} types.
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/govmeta/core");
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.govmeta\\.core\\.((?:[a-z]\\w*\\.)*)([A-Z]\\w*)");

    @Test
    void noPackageCycle() throws Exception {
        Map<String, Set<String>> deps = dependencies();
        assertThat(deps).containsKeys("finding", "input", "engine", "(facade)");
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            for (String dep : deps.get(start)) {
                if (reaches(deps, dep, start, new HashSet<>())) {
                    cycles.add(start + " -> " + dep + " -> … -> " + start);
                }
            }
        }
        assertThat(cycles).as("package dependencies " + deps).isEmpty();
    }

    @Test
    void theFindingModelDependsOnNothingElseOfTheCore() throws Exception {
        assertThat(dependencies().getOrDefault("finding", Set.of())).isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> deps, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : deps.getOrDefault(from, Set.of())) {
            if (reaches(deps, next, to, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Package (relative to core; "(facade)" for core itself) to the packages its sources refer to. */
    static Map<String, Set<String>> dependencies() throws Exception {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = name(SOURCES.relativize(f.getParent()).toString().replace('/', '.') + ".");
                Set<String> mine = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) {
                    String target = name(m.group(1));
                    if (!target.equals(pkg)) {
                        mine.add(target);
                    }
                }
            }
        }
        return deps;
    }

    private static String name(String dotted) {
        String p = dotted.endsWith(".") ? dotted.substring(0, dotted.length() - 1) : dotted;
        return p.isEmpty() ? "(facade)" : p;
    }
}
