package io.github.govmeta.core.authoring;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link ProfileDiff} as text (terminal), Markdown (a change log section) or JSON (for tools). */
public final class ProfileDiffWriter {
    public static final List<String> FORMATS = List.of("text", "markdown", "json");

    private ProfileDiffWriter() {}

    public static String write(ProfileDiff diff, String format) {
        return switch (format) {
            case "text" -> text(diff);
            case "markdown" -> markdown(diff);
            case "json" -> json(diff);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (known: " + String.join(", ", FORMATS) + ")");
        };
    }

    private static String text(ProfileDiff d) {
        StringBuilder sb = new StringBuilder(d.oldRef() + " → " + d.newRef() + "\n");
        for (ProfileDiff.Change c : d.changes()) {
            sb.append(String.format(Locale.ROOT, "  %-10s %-21s %s: %s%n", c.impact().name().toLowerCase(Locale.ROOT),
                    c.kind(), c.subject(), c.detail()));
        }
        sb.append(summary(d)).append('\n');
        return sb.toString();
    }

    private static String markdown(ProfileDiff d) {
        StringBuilder sb = new StringBuilder("## " + d.newRef() + " (changes since " + d.oldRef() + ")\n\n");
        sb.append(summary(d)).append("\n");
        for (ProfileDiff.Impact impact : ProfileDiff.Impact.values()) {
            List<ProfileDiff.Change> of = d.changes().stream().filter(c -> c.impact() == impact).toList();
            if (of.isEmpty()) {
                continue;
            }
            sb.append("\n### ").append(switch (impact) {
                case BREAKING -> "Breaking (a dataset valid under " + d.oldRef() + " may fail)";
                case COMPATIBLE -> "Compatible";
                case EDITORIAL -> "Editorial";
            }).append("\n\n");
            for (ProfileDiff.Change c : of) {
                sb.append("- `").append(c.subject().replace("`", "'")).append("` — ").append(c.kind()).append(": ")
                        .append(c.detail().replace("|", "\\|")).append('\n');
            }
        }
        return sb.toString();
    }

    private static String json(ProfileDiff d) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        root.put("old", d.oldRef());
        root.put("new", d.newRef());
        root.put("breaking", d.breaking());
        ArrayNode list = root.putArray("changes");
        for (ProfileDiff.Change c : d.changes()) {
            list.addObject().put("impact", c.impact().name().toLowerCase(Locale.ROOT)).put("kind", c.kind())
                    .put("subject", c.subject()).put("detail", c.detail());
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static String summary(ProfileDiff d) {
        return String.format(Locale.ROOT, "%d breaking, %d compatible, %d editorial", d.count(ProfileDiff.Impact.BREAKING),
                d.count(ProfileDiff.Impact.COMPATIBLE), d.count(ProfileDiff.Impact.EDITORIAL));
    }
}
