package io.github.govmeta.core.input;

import io.github.govmeta.core.finding.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads CKAN metadata in JSON: a single dataset, a {@code package_show} or {@code package_search} response,
 * or an array of datasets (a dump); and JSON Lines, one dataset per line. Arrays and search results are
 * read record by record, so a dump of any size needs the memory of one dataset. Thread-safe.
 */
public final class JsonSourceReader {
    private final JsonFactory factory;
    private final InputLimits limits;

    public JsonSourceReader(InputLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // the builder bounds each dataset at maxDepth and skips it; skipping is iterative, so
                        // the parser's own bound, for the document as a whole, can be larger
                        .maxNestingDepth(limits.maxDepth() * 16)
                        .maxStringLength(limits.maxStringChars())
                        .maxNameLength(limits.maxStringChars())
                        .build())
                .build();
    }

    /** Reads a JSON source; the stream is positioned after any BOM. */
    public void readJson(String source, InputStream in, RecordSink sink) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), Utf8Check.stream(in))) {
            try {
                readDocument(source, p, sink);
            } catch (JacksonException e) {
                sink.problem(problem(e, 0, p));
            }
        } catch (JacksonException e) {
            sink.problem(problem(e, 0, null));
        }
    }

    private void readDocument(String source, JsonParser p, RecordSink sink) {
        JsonToken first = p.nextToken();
        if (first == null) {
            sink.problem(InputProblem.of(InputRules.EMPTY, new Position(1, 1), null));
            return;
        }
        Counter counter = new Counter();
        switch (first) {
            case START_ARRAY -> readArray(source, p, sink, counter);
            case START_OBJECT -> readTopObject(source, p, sink, counter);
            default -> sink.problem(InputProblem.localized(InputRules.SHAPE, pos(p.currentTokenLocation()),
                    describe(first)));
        }
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            sink.problem(InputProblem.of(InputRules.SYNTAX, pos(p.currentTokenLocation()),
                    "content after the end of the JSON document"));
        }
    }

    /** Reads JSON Lines: each non-blank line is one dataset; a bad line is a finding and the rest are read. */
    public void readJsonLines(String source, InputStream in, RecordSink sink) throws IOException {
        LineSplitter lines = new LineSplitter(in, limits.maxLineBytes());
        int index = 0;
        byte[] line;
        boolean any = false;
        while ((line = lines.next()) != null) {
            int lineNo = lines.lineNumber();
            if (lines.overlong()) {
                sink.problem(InputProblem.of(InputRules.LIMIT, new Position(lineNo, 1),
                        "line longer than " + limits.maxLineBytes() + " bytes"));
                continue;
            }
            if (isBlank(line)) {
                continue;
            }
            any = true;
            if (readJsonLine(source, index, lineNo, line, sink)) {
                index++;
            }
        }
        if (!any) {
            sink.problem(InputProblem.of(InputRules.EMPTY, new Position(1, 1), null));
        }
    }

    /**
     * Reads one line of JSON Lines, the {@code lineNo}th of {@code source}, as {@link #readJsonLines} reads
     * each: a dataset object becomes record {@code index} with positions in the source's lines, anything
     * else a problem at its place.
     *
     * @return whether a record was delivered
     */
    public boolean readJsonLine(String source, int index, int lineNo, byte[] line, RecordSink sink) {
        int invalid = Utf8Check.firstInvalid(line, line.length);
        if (invalid >= 0) {
            sink.problem(InputProblem.localized(InputRules.ENCODING, new Position(lineNo, invalid + 1), invalid < line.length
                    ? Utf8Check.describe(line[invalid] & 0xFF) : Utf8Check.TRUNCATED));
            return false;
        }
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(line))) {
            try {
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    sink.problem(InputProblem.localized(InputRules.SHAPE, new Position(lineNo, 1), describe(t)));
                    return false;
                }
                PositionIndex positions = new PositionIndex();
                JsonTreeBuilder builder = new JsonTreeBuilder(positions, sink::problem, lineNo - 1, limits.maxDepth());
                JsonNode node = builder.readValue(p, "");
                if (p.nextToken() != null) {
                    sink.problem(InputProblem.of(InputRules.SYNTAX, builder.position(p.currentTokenLocation()),
                            "more than one JSON value on a JSON Lines line"));
                    return false;
                }
                sink.record(new SourceRecord(source, index, node, positions));
                return true;
            } catch (JacksonException e) {
                sink.problem(problem(e, lineNo - 1, p));
            }
        } catch (JacksonException e) {
            sink.problem(problem(e, lineNo - 1, null));
        }
        return false;
    }

    private void readArray(String source, JsonParser p, RecordSink sink, Counter counter) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            readRecord(source, p, sink, counter);
        }
    }

    private void readRecord(String source, JsonParser p, RecordSink sink, Counter counter) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            sink.problem(InputProblem.localized(InputRules.SHAPE, pos(p.currentTokenLocation()), describe(p.currentToken())));
            p.skipChildren();
            return;
        }
        PositionIndex positions = new PositionIndex();
        int recordDepth = p.streamReadContext().getNestingDepth();
        JsonNode node;
        try {
            node = new JsonTreeBuilder(positions, sink::problem, 0, limits.maxDepth()).readValue(p, "");
        } catch (JsonTreeBuilder.TooDeep e) {
            // this dataset costs only itself: skip the rest of it and read the next one of the dump
            sink.problem(problem(e, 0, p));
            p.skipChildren();
            while (p.streamReadContext().getNestingDepth() >= recordDepth) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return;
                }
                if (t.isStructStart()) {
                    p.skipChildren();
                }
            }
            return;
        }
        sink.record(new SourceRecord(source, counter.next++, node, positions));
    }

    /** Keys under which a catalog document lists its datasets (DCAT-US {@code data.json}, ckanext-dcat's catalog). */
    private static final java.util.Set<String> CATALOG_KEYS = java.util.Set.of("dataset", "datasets");

    /**
     * A top-level object is a dataset, unless it has a {@code result} object: then it is a CKAN API
     * response, whose {@code result} is the dataset ({@code package_show}) or holds {@code results}
     * ({@code package_search}), streamed one by one; or unless it lists datasets under a catalog key
     * ({@link #CATALOG_KEYS}): then it is a catalog document, whose datasets are streamed one by one.
     */
    private void readTopObject(String source, JsonParser p, RecordSink sink, Counter counter) {
        PositionIndex positions = new PositionIndex();
        JsonTreeBuilder builder = new JsonTreeBuilder(positions, sink::problem, 0, limits.maxDepth());
        positions.put("", pos(p.currentTokenLocation()));
        ObjectNode top = JsonNodeFactory.instance.objectNode();
        boolean response = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            if ("result".equals(key) && p.nextToken() == JsonToken.START_OBJECT) {
                response = true;
                readResult(source, p, sink, counter);
            } else if (CATALOG_KEYS.contains(key) && p.currentToken() == JsonToken.PROPERTY_NAME && p.nextToken() == JsonToken.START_ARRAY) {
                response = true;
                readArray(source, p, sink, counter);
            } else if (p.currentToken() == JsonToken.PROPERTY_NAME) {
                builder.readMember(p, top, "");
            } else {
                // "result" or a catalog key whose value turned out not to be a record list: an ordinary member
                top.set(key, builder.readValue(p, PositionIndex.child("", key)));
            }
        }
        if (response) {
            return;
        }
        JsonNode success = top.get("success");
        if (success != null && success.isBoolean() && !success.asBoolean()) {
            sink.problem(InputProblem.of(InputRules.SHAPE, positions.find(""),
                    "a CKAN API error response: " + top.path("error").toString()));
            return;
        }
        sink.record(new SourceRecord(source, counter.next++, top, positions));
    }

    private void readResult(String source, JsonParser p, RecordSink sink, Counter counter) {
        PositionIndex positions = new PositionIndex();
        JsonTreeBuilder builder = new JsonTreeBuilder(positions, sink::problem, 0, limits.maxDepth());
        positions.put("", pos(p.currentTokenLocation()));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        boolean search = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            if ("results".equals(p.currentName()) && p.nextToken() == JsonToken.START_ARRAY) {
                search = true;
                readArray(source, p, sink, counter);
            } else if (p.currentToken() == JsonToken.PROPERTY_NAME) {
                builder.readMember(p, result, "");
            } else {
                result.set("results", builder.readValue(p, "/results"));
            }
        }
        JsonNode results = result.get("results");
        if (!search && results != null) {
            // a package_search envelope whose results are not a list: the envelope is not a dataset
            sink.problem(InputProblem.localized(InputRules.SHAPE, positions.find("/results"), new LocalizedText(
                    "ผลลัพธ์ package_search (result.results) ที่ไม่ใช่รายการ แต่เป็น" + kind(results).th(),
                    "package_search results (result.results) that are not a list but " + kind(results).en())));
            return;
        }
        if (!search) {
            sink.record(new SourceRecord(source, counter.next++, result, positions));
        }
    }

    /** What a JSON value is, in both languages. */
    private static LocalizedText kind(JsonNode v) {
        return v.isObject() ? new LocalizedText("ออบเจกต์", "an object") : v.isArray() ? new LocalizedText("รายการ", "an array")
                : v.isString() ? new LocalizedText("ข้อความ", "a string") : v.isNumber() ? new LocalizedText("ตัวเลข", "a number")
                : v.isBoolean() ? new LocalizedText("ค่าตรรกะ (จริงหรือเท็จ)", "a boolean") : new LocalizedText("ค่าว่าง", "null");
    }

    /**
     * The problem a parser exception means, at the exception's location, else where the parser stopped
     * (a limit exception carries none).
     */
    static InputProblem problem(JacksonException e, int lineOffset, JsonParser parser) {
        TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        Position at = loc == null ? Position.UNKNOWN : new Position(loc.getLineNr() + lineOffset, loc.getColumnNr());
        String detail = e.getOriginalMessage();
        if (e instanceof JacksonIOException && e.getCause() instanceof Utf8Check.Invalid invalid) {
            return InputProblem.localized(InputRules.ENCODING, invalid.position(), invalid.detail());
        }
        if (e instanceof JacksonIOException) {
            return InputProblem.of(InputRules.IO, at, String.valueOf(e.getCause()));
        }
        if (e instanceof StreamConstraintsException) {
            return InputProblem.of(InputRules.LIMIT, at, detail);
        }
        if (detail != null && (detail.contains("UTF-8") || detail.contains("UTF8") || detail.contains("encoding"))) {
            return InputProblem.of(InputRules.ENCODING, at, detail);
        }
        return InputProblem.of(InputRules.SYNTAX, at, detail);
    }

    private static Position pos(TokenStreamLocation loc) {
        return new Position(loc.getLineNr(), loc.getColumnNr());
    }

    /** What was found instead of a dataset, in both languages. */
    private static LocalizedText describe(JsonToken t) {
        if (t == null) {
            return new LocalizedText("ไม่มีข้อมูล", "nothing");
        }
        return switch (t) {
            case VALUE_STRING -> new LocalizedText("ข้อความ", "a string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new LocalizedText("ตัวเลข", "a number");
            case VALUE_TRUE, VALUE_FALSE -> new LocalizedText("ค่าตรรกะ (จริงหรือเท็จ)", "a boolean");
            case VALUE_NULL -> new LocalizedText("ค่าว่าง", "null");
            case START_ARRAY -> new LocalizedText("รายการ", "an array");
            default -> new LocalizedText(t.toString(), t.toString());
        };
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static final class Counter {
        int next;
    }
}
