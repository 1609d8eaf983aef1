package io.github.govmeta.core.input;

import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a Jackson tree from a streaming parser, recording where each value sits and reporting duplicate
 * keys (the last one wins, as in CKAN). Depth is bounded here, below the parser's own (larger) bound, so
 * that a reader can skip a too-deep dataset and read the next one of a dump.
 */
final class JsonTreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PositionIndex index;
    private final Consumer<InputProblem> problems;
    private final int lineOffset;
    private final int maxDepth;
    private int depth;

    /** Nesting deeper than the builder's bound, at the value where it is met. */
    static final class TooDeep extends tools.jackson.core.exc.StreamConstraintsException {
        private static final long serialVersionUID = 1L;

        TooDeep(int maxDepth, TokenStreamLocation at) {
            super("nesting deeper than " + maxDepth + " levels", at);
        }
    }

    /**
     * @param lineOffset added to every line the parser reports (JSON Lines parses one line at a time)
     * @param maxDepth   the deepest nesting of objects and arrays a value may have
     */
    JsonTreeBuilder(PositionIndex index, Consumer<InputProblem> problems, int lineOffset, int maxDepth) {
        this.index = index;
        this.problems = problems;
        this.lineOffset = lineOffset;
        this.maxDepth = maxDepth;
    }

    /** The index of the first surrogate without its pair (which only a {@code \\uD800}-style escape can write), or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A number's text as a message shows it: at most 40 characters. */
    static String abbreviated(String number) {
        return number.length() <= 40 ? number : number.substring(0, 20) + "…(" + number.length() + " characters)";
    }

    Position position(TokenStreamLocation loc) {
        return new Position(loc.getLineNr() + lineOffset, loc.getColumnNr());
    }

    /** Reads the value whose first token is the parser's current token; {@code pointer} is its pointer. */
    JsonNode readValue(JsonParser p, String pointer) {
        if (!index.has(pointer)) {
            index.put(pointer, position(p.currentTokenLocation()));
        }
        JsonToken t = p.currentToken();
        if (t.isStructStart() && ++depth > maxDepth) {
            throw new TooDeep(maxDepth, p.currentTokenLocation());
        }
        try {
            return read(p, t, pointer);
        } finally {
            if (t.isStructStart()) {
                depth--;
            }
        }
    }

    private JsonNode read(JsonParser p, JsonToken t, String pointer) {
        switch (t) {
            case START_OBJECT: {
                ObjectNode obj = NODES.objectNode();
                readMembers(p, obj, pointer);
                return obj;
            }
            case START_ARRAY: {
                ArrayNode arr = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(readValue(p, PositionIndex.child(pointer, i++)));
                }
                return arr;
            }
            case VALUE_STRING: {
                String text = p.getString();
                int lone = loneSurrogate(text);
                if (lone >= 0) {
                    problems.accept(InputProblem.of(InputRules.ENCODING, position(p.currentTokenLocation()),
                            String.format("an unpaired surrogate \\u%04x (escaped in the text; not a Unicode character)", (int) text.charAt(lone))));
                }
                return NODES.stringNode(text);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                if (p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG) {
                    return NODES.numberNode(p.getLongValue());
                }
                String text = p.getString();
                if (!InputLimits.checkableNumber(text)) {
                    problems.accept(new InputProblem(InputRules.NUMBER, position(p.currentTokenLocation()), java.util.Map.of("value", abbreviated(text))));
                    return NODES.stringNode(text);
                }
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    /** Reads members up to the matching END_OBJECT into {@code obj}; current token is START_OBJECT. */
    void readMembers(JsonParser p, ObjectNode obj, String pointer) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            readMember(p, obj, pointer);
        }
    }

    /** Reads one member; the current token is its PROPERTY_NAME. */
    void readMember(JsonParser p, ObjectNode obj, String pointer) {
        String name = p.currentName();
        String child = PositionIndex.child(pointer, name);
        Position at = position(p.currentTokenLocation());
        if (obj.has(name)) {
            problems.accept(new InputProblem(InputRules.DUPLICATE_KEY, at, java.util.Map.of("property", name)));
        }
        index.put(child, at);
        p.nextToken();
        obj.set(name, readValue(p, child));
    }
}
