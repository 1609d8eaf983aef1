package io.github.govmeta.core.fix;

import io.github.govmeta.core.input.ValueLocator;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Writes a text value in the style the file wrote the old one: a JSON string, or YAML plain or quoted. */
final class ValueWriter {
    private static final ScalarResolver YAML = new CoreSchema().getScalarResolver();
    /** What a YAML plain scalar may safely be: no indicator first, no ': ' or ' #', no surrounding space. */
    private static final Pattern PLAIN = Pattern.compile("^[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`](?:(?!: | #)[^\\n\\t])*(?<![\\s:])$");

    private ValueWriter() {}

    /** {@code value} as the file should hold it, or null when the style cannot hold it. */
    static String write(String value, ValueLocator.Style style) {
        return switch (style) {
            case JSON_STRING, DOUBLE_QUOTED -> quoted(value);
            case SINGLE_QUOTED -> value.indexOf('\n') >= 0 ? null : "'" + value.replace("'", "''") + "'";
            case PLAIN -> PLAIN.matcher(value).matches() && YAML.resolve(value, true).equals(Tag.STR) ? value : quoted(value);
            case OTHER -> null;
        };
    }

    /** A JSON string literal, which is also a YAML double-quoted scalar; non-ASCII letters are kept as they are. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
