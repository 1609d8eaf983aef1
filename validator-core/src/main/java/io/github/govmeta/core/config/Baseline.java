package io.github.govmeta.core.config;

import io.github.govmeta.core.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings a catalog had when the team adopted govmeta, keyed by {@link Finding#fingerprint()} (rule,
 * file, dataset, JSON Pointer; never line numbers), so that editing or reordering the file keeps them
 * matched. Validation with a baseline fails only on findings that are not in it. Immutable.
 */
public final class Baseline {
    public static final String DEFAULT_FILE = ".govmeta-baseline.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, JsonNode> entries;

    private Baseline(Map<String, JsonNode> entries) {
        this.entries = entries;
    }

    public boolean contains(Finding f) {
        return entries.containsKey(f.fingerprint());
    }

    public int size() {
        return entries.size();
    }

    /**
     * @throws ConfigException when the file is not a govmeta baseline
     */
    public static Baseline read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (!root.path("govmetaBaseline").isNumber() || !root.path("entries").isArray()) {
                throw new ConfigException(java.util.List.of(new ConfigProblem(file.toString(),
                        io.github.govmeta.core.input.Position.UNKNOWN, "not a govmeta baseline file")));
            }
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            root.get("entries").forEach(e -> entries.put(e.path("fingerprint").asString(), e));
            return new Baseline(entries);
        } catch (JacksonException e) {
            throw new ConfigException(java.util.List.of(new ConfigProblem(file.toString(),
                    io.github.govmeta.core.input.Position.UNKNOWN, "not readable JSON: " + e.getOriginalMessage())));
        }
    }

    /** Writes the findings that count (not suppressed by the configuration) as a baseline, sorted. */
    public static void write(Path file, Collection<Finding> findings, String profileRef) {
        Map<String, Finding> byPrint = new TreeMap<>();
        findings.stream().filter(f -> !f.suppressed())
                .sorted(Comparator.comparing(Finding::fingerprint))
                .forEach(f -> byPrint.putIfAbsent(f.fingerprint(), f));
        ObjectNode root = JSON.createObjectNode();
        root.put("govmetaBaseline", 1);
        root.put("profile", profileRef);
        ArrayNode list = root.putArray("entries");
        byPrint.forEach((print, f) -> {
            ObjectNode e = list.addObject();
            e.put("fingerprint", print);
            e.put("ruleId", f.ruleId());
            e.put("source", f.location().source());
            if (f.dataset() != null) {
                e.put("dataset", f.dataset());
            }
            if (f.location().pointer() != null) {
                e.put("pointer", f.location().pointer());
            }
            e.put("message", f.message().en());
        });
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
