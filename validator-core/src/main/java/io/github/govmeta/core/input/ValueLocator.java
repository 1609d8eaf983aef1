package io.github.govmeta.core.input;

import io.github.govmeta.core.finding.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Maps a finding's place — the line and column the readers give ({@link Position}) and its JSON Pointer —
 * to the exact bytes of the value in the source as written, so that a tool can replace that value and
 * leave every other byte alone. The positions are the readers' own: in JSON and JSON Lines the column
 * counts bytes and a member's position is its key's; in YAML the column counts characters (code points)
 * and a member's position is its key's too; an item of a list is at its own value. A place that does not
 * hold what the pointer names (the key differs, the value is not a scalar) is not located, with the reason.
 *
 * <p>One instance per source text, built once and asked for many values; not thread-safe.
 */
public final class ValueLocator {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int BOM = 3;

    /** How a scalar is written. */
    public enum Style {
        /** a JSON string */
        JSON_STRING,
        /** a YAML plain scalar */
        PLAIN,
        /** a YAML 'single-quoted' scalar */
        SINGLE_QUOTED,
        /** a YAML "double-quoted" scalar */
        DOUBLE_QUOTED,
        /** anything else: a number, boolean or null, a YAML block scalar */
        OTHER
    }

    /**
     * The bytes of one value.
     *
     * @param start first byte of the value as written (its opening quote, if any)
     * @param end   the byte after it
     * @param value the value as read (unescaped)
     * @param style how it is written
     */
    public record Span(int start, int end, String value, Style style) {}

    /** A value located, or why not. */
    public record Located(Span span, LocalizedText refusal) {
        static Located found(Span span) {
            return new Located(span, null);
        }

        static Located refused(String th, String en) {
            return new Located(null, new LocalizedText(th, en));
        }

        public boolean found() {
            return span != null;
        }
    }

    private final byte[] content;
    private final boolean yaml;
    private final int bom;
    private int[] lineStarts;
    private Map<Long, YamlValue> yamlValues;
    private LocalizedText yamlError;

    /**
     * @param content the source's bytes, as on disk
     * @param format  the name of its format ({@code json}, {@code jsonl} or {@code yaml})
     * @throws IllegalArgumentException for any other format
     */
    public ValueLocator(byte[] content, String format) {
        if (!format.equals("json") && !format.equals("jsonl") && !format.equals("yaml")) {
            throw new IllegalArgumentException("values are located in JSON, JSON Lines and YAML only, not " + format);
        }
        this.content = content;
        this.yaml = format.equals("yaml");
        this.bom = content.length >= BOM && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? BOM : 0;
    }

    /** The value at {@code at} that {@code pointer} names (its last token is the key there, or the item's index). */
    public Located locate(Position at, String pointer) {
        if (at.line() <= 0 || pointer == null || pointer.isEmpty()) {
            return Located.refused("ไม่ทราบตำแหน่งของค่าในไฟล์", "the value's place in the file is not known");
        }
        String token = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        return yaml ? locateYaml(at, token) : locateJson(at, token);
    }

    // ---- JSON and JSON Lines: the readers' columns count bytes ----

    private Located locateJson(Position at, String token) {
        int offset = byteOffset(at);
        if (offset < 0 || offset >= content.length) {
            return notThere();
        }
        int i = offset;
        if (content[i] == '"') {
            int keyEnd = stringEnd(i);
            if (keyEnd < 0) {
                return notThere();
            }
            int j = skipSpace(keyEnd);
            if (j < content.length && content[j] == ':') {
                String key = jsonString(i, keyEnd);
                if (!token.equals(key)) {
                    return Located.refused("ตำแหน่งนี้เป็นคีย์ '" + key + "' ไม่ใช่ '" + token + "'",
                            "the key at this place is '" + key + "', not '" + token + "'");
                }
                i = skipSpace(j + 1);
            }
        } else if (!token.matches("\\d+")) {
            return notThere();
        }
        if (i >= content.length) {
            return notThere();
        }
        if (content[i] == '"') {
            int end = stringEnd(i);
            String value = end < 0 ? null : jsonString(i, end);
            return value == null ? notThere() : Located.found(new Span(i, end, value, Style.JSON_STRING));
        }
        if (content[i] == '{' || content[i] == '[') {
            return notText();
        }
        int end = i;
        while (end < content.length && ",}] \t\r\n".indexOf(content[end]) < 0) {
            end++;
        }
        return Located.found(new Span(i, end, new String(content, i, end - i, StandardCharsets.UTF_8), Style.OTHER));
    }

    /** The byte after the JSON string opening at {@code start}, or -1 when it does not close on its line. */
    private int stringEnd(int start) {
        for (int i = start + 1; i < content.length; i++) {
            byte b = content[i];
            if (b == '\\') {
                i++;
            } else if (b == '"') {
                return i + 1;
            } else if (b == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private String jsonString(int start, int end) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), content, start, end - start)) {
            return p.nextToken() == JsonToken.VALUE_STRING ? p.getString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private int skipSpace(int i) {
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        return i;
    }

    private int byteOffset(Position at) {
        if (lineStarts == null) {
            int lines = 1;
            for (byte b : content) {
                if (b == '\n') {
                    lines++;
                }
            }
            lineStarts = new int[lines];
            int line = 1;
            for (int i = 0; i < content.length; i++) {
                if (content[i] == '\n') {
                    lineStarts[line++] = i + 1;
                }
            }
        }
        if (at.line() > lineStarts.length) {
            return -1;
        }
        return lineStarts[at.line() - 1] + (at.line() == 1 ? bom : 0) + at.column() - 1;
    }

    // ---- YAML: the readers' columns count code points; marks carry code-point indexes ----

    private Located locateYaml(Position at, String token) {
        if (yamlValues == null) {
            readYaml();
        }
        if (yamlError != null) {
            return new Located(null, yamlError);
        }
        YamlValue found = yamlValues.get(key(at.line() - 1, at.column() - 1));
        if (found == null || (found.key() == null && !token.matches("\\d+"))) {
            return notThere();
        }
        if (found.key() != null && !found.key().equals(token)) {
            return Located.refused("ตำแหน่งนี้เป็นคีย์ '" + found.key() + "' ไม่ใช่ '" + token + "'",
                    "the key at this place is '" + found.key() + "', not '" + token + "'");
        }
        if (found.span() == null) {
            return notText();
        }
        return Located.found(found.span());
    }

    /** Reads the YAML once: for every key and every list item, the value's span, keyed by where the readers put it. */
    private void readYaml() {
        yamlValues = new HashMap<>();
        String text = new String(content, bom, content.length - bom, StandardCharsets.UTF_8);
        CodePoints points = new CodePoints(text, bom);
        LoadSettings settings = LoadSettings.builder().setUseMarks(true)
                .setCodePointLimit(InputLimits.DEFAULT.maxYamlBytes())
                .setMaxAliasesForCollections(InputLimits.DEFAULT.maxYamlAliases()).build();
        Deque<Frame> stack = new ArrayDeque<>();
        try {
            for (Event e : new Parse(settings).parseString(text)) {
                switch (e.getEventId()) {
                    case MappingStart, SequenceStart -> {
                        Frame parent = stack.peek();
                        if (parent != null) {
                            value(parent, e, null, points);
                        }
                        stack.push(new Frame(e.getEventId() == Event.ID.MappingStart));
                    }
                    case MappingEnd, SequenceEnd -> stack.pop();
                    case Scalar, Alias -> {
                        Frame parent = stack.peek();
                        if (parent == null) {
                            continue;
                        }
                        if (parent.mapping && parent.keyAt == null) {
                            parent.keyAt = e.getStartMark().orElseThrow();
                            parent.key = e instanceof ScalarEvent s ? s.getValue() : null;
                        } else {
                            value(parent, e, e instanceof ScalarEvent s ? s : null, points);
                        }
                    }
                    default -> { }
                }
            }
        } catch (YamlEngineException e) {
            yamlError = new LocalizedText("อ่าน YAML ไม่ได้: " + e.getMessage(), "the YAML cannot be read: " + e.getMessage());
        }
    }

    /** Records the value {@code e} of {@code parent}'s current key or next item. */
    private void value(Frame parent, Event e, ScalarEvent scalar, CodePoints points) {
        Mark at = parent.mapping ? parent.keyAt : e.getStartMark().orElseThrow();
        Span span = null;
        if (scalar != null && scalar.getScalarStyle() != ScalarStyle.LITERAL && scalar.getScalarStyle() != ScalarStyle.FOLDED) {
            Style style = switch (scalar.getScalarStyle()) {
                case SINGLE_QUOTED -> Style.SINGLE_QUOTED;
                case DOUBLE_QUOTED -> Style.DOUBLE_QUOTED;
                default -> Style.PLAIN;
            };
            int start = points.byteOffset(scalar.getStartMark().orElseThrow().getIndex());
            int end = points.byteOffset(scalar.getEndMark().orElseThrow().getIndex());
            span = new Span(start, end, scalar.getValue(), style);
        }
        yamlValues.put(key(at.getLine(), at.getColumn()), new YamlValue(parent.mapping ? parent.key : null, span));
        parent.keyAt = null;
        parent.key = null;
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFFFFFFL);
    }

    private static Located notThere() {
        return Located.refused("ค่าในไฟล์ไม่อยู่ที่ตำแหน่งที่ตรวจพบ (ไฟล์อาจถูกแก้ไขระหว่างนั้น)",
                "the value is not where the check found it (the file may have changed meanwhile)");
    }

    private static Located notText() {
        return Located.refused("ค่านี้ไม่ได้เขียนเป็นข้อความบรรทัดเดียว", "the value is not written as text on one line");
    }

    /** A value of the YAML: the key it belongs to (null for a list item), and its span (null: not a one-line scalar). */
    private record YamlValue(String key, Span span) {}

    private static final class Frame {
        final boolean mapping;
        Mark keyAt;
        String key;

        Frame(boolean mapping) {
            this.mapping = mapping;
        }
    }

    /** Code-point indexes of a text to byte offsets of its UTF-8 form, walking forward (marks come in order). */
    private static final class CodePoints {
        private final String text;
        private final int base;
        private int point;
        private int charIndex;
        private int bytes;

        CodePoints(String text, int base) {
            this.text = text;
            this.base = base;
        }

        int byteOffset(int codePoint) {
            if (codePoint < point) {
                point = 0;
                charIndex = 0;
                bytes = 0;
            }
            while (point < codePoint && charIndex < text.length()) {
                int cp = text.codePointAt(charIndex);
                charIndex += Character.charCount(cp);
                bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                point++;
            }
            return base + bytes;
        }
    }
}
