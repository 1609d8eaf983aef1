package io.github.govmeta.core.input;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads CKAN metadata in YAML, safely: it builds plain data from parser events and never constructs
 * objects, so custom tags ({@code !!javax...}) are refused rather than run; aliases, nesting depth and the
 * number of values an alias may expand to are bounded (billion laughs). A document that is a mapping is
 * one dataset; a document that is a sequence is a list of datasets. A refused value (a custom tag, a value
 * over a limit, a bad alias) costs only its dataset: the rest of its document — or, in a list, of its list
 * item — is skipped and the next is read; a syntax error the parser cannot get past says how many
 * documents after it were not checked. Thread-safe.
 */
public final class YamlSourceReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);
    private static final int MAX_VALUES = 1_000_000;

    private final InputLimits limits;
    private final ScalarResolver resolver = new CoreSchema().getScalarResolver();

    public YamlSourceReader(InputLimits limits) {
        this.limits = limits;
    }

    /** Reads a YAML source whose UTF-8 text (without BOM) is {@code text}. */
    public void read(String source, String text, RecordSink sink) {
        if (text.isBlank()) {
            sink.problem(InputProblem.of(InputRules.EMPTY, new Position(1, 1), null));
            return;
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setCodePointLimit(limits.maxYamlBytes())
                .setMaxAliasesForCollections(limits.maxYamlAliases())
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .build();
        Builder builder = new Builder(source, sink);
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                builder.accept(event);
            }
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            Position at = mark.map(YamlSourceReader::position).orElse(Position.UNKNOWN);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            int after = mark.map(m -> documentsAfter(text, m.getLine())).orElse(0);
            sink.problem(after == 0 ? InputProblem.of(InputRules.SYNTAX, at, problem)
                    : InputProblem.localized(InputRules.SYNTAX, at, new io.github.govmeta.core.finding.LocalizedText(
                            problem + "; ตัวอ่านอ่านต่อไม่ได้: ไม่ได้ตรวจอีก " + after + " เอกสาร (---)",
                            problem + "; the parser cannot go on: " + after + (after == 1 ? " more document (---) was" : " more documents (---) were")
                                    + " not checked")));
        } catch (YamlEngineException e) {
            sink.problem(InputProblem.of(InputRules.LIMIT, Position.UNKNOWN, e.getMessage()));
        }
    }

    /** How many documents start ({@code ---} at the start of a line) on or after the 0-based line {@code line}. */
    static int documentsAfter(String text, int line) {
        int count = 0;
        int n = 0;
        for (int i = 0; i < text.length(); i = text.indexOf('\n', i) + 1) {
            if (n++ >= line && text.startsWith("---", i)
                    && (i + 3 == text.length() || Character.isWhitespace(text.charAt(i + 3)))) {
                count++;
            }
            if (text.indexOf('\n', i) < 0) {
                break;
            }
        }
        return count;
    }

    static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Turns the event stream into records, with an explicit stack (no recursion, so depth is only a number). */
    private final class Builder {
        private final String source;
        private final RecordSink sink;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, Anchored> anchors = new HashMap<>();
        private PositionIndex positions = new PositionIndex();
        private int aliases;
        private long values;
        private int recordIndex;
        /** While the rest of a document is skipped after a refused value. */
        private boolean skipDocument;
        /** While a refused item of a list document is skipped: how many of its collections are still open; else -1. */
        private int skipOpen = -1;
        /** The items of a list document that were skipped (no record is made of them). */
        private final Set<Integer> skippedItems = new java.util.HashSet<>();

        Builder(String source, RecordSink sink) {
            this.source = source;
            this.sink = sink;
        }

        void accept(Event event) {
            if ((skipDocument || skipOpen >= 0) && skipping(event)) {
                return;
            }
            switch (event.getEventId()) {
                case DocumentStart -> {
                    positions = new PositionIndex();
                    anchors.clear();
                    skippedItems.clear();
                    aliases = 0;
                    values = 0;
                }
                case Scalar -> scalar((ScalarEvent) event);
                case Alias -> alias((AliasEvent) event);
                case MappingStart, SequenceStart -> start((CollectionStartEvent) event);
                case MappingEnd, SequenceEnd -> end();
                default -> { }
            }
        }

        /**
         * Stops building the current dataset after a problem was reported at {@code cause}: the rest of
         * its document is skipped, or, when the document is a list of datasets, the rest of its item.
         */
        private void skipDataset(Event cause) {
            Frame root = stack.peekLast();
            if (root == null || !root.node.isArray()) {
                skipDocument = true;
                return;
            }
            boolean collection = cause.getEventId() == Event.ID.MappingStart || cause.getEventId() == Event.ID.SequenceStart;
            int open = stack.size() - 1 + (collection ? 1 : 0); // collections of the item still to be closed
            while (stack.size() > 1) {
                stack.pop();
            }
            skippedItems.add(root.node.size());
            if (open == 0) {
                ((ArrayNode) root.node).add(NODES.nullNode()); // keeps the items' indices, and their positions, in step
            } else {
                skipOpen = open;
            }
        }

        /** Whether {@code event} belongs to the dataset being skipped (and is dropped). */
        private boolean skipping(Event event) {
            Event.ID id = event.getEventId();
            if (skipDocument) {
                if (id == Event.ID.DocumentEnd || id == Event.ID.StreamEnd) {
                    stack.clear();
                    skipDocument = false;
                    return false;
                }
                return true;
            }
            if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                skipOpen++;
            } else if ((id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) && --skipOpen == 0) {
                ((ArrayNode) stack.peekLast().node).add(NODES.nullNode());
                skipOpen = -1;
            }
            return true;
        }

        private Position at(Event e) {
            return e.getStartMark().map(YamlSourceReader::position).orElse(Position.UNKNOWN);
        }

        private void scalar(ScalarEvent e) {
            Optional<String> explicit = e.getTag();
            Tag tag = explicit.map(Tag::new).orElseGet(() -> resolver.resolve(e.getValue(), e.getImplicit().canOmitTagInPlainScalar()));
            if (!PLAIN_TAGS.contains(tag)) {
                refuseTag(e, tag);
                return;
            }
            if (e.getValue().length() > limits.maxStringChars()) {
                sink.problem(InputProblem.of(InputRules.LIMIT, at(e), "a value longer than " + limits.maxStringChars() + " characters"));
                skipDataset(e);
                return;
            }
            if (expectingKey()) {
                stack.peek().key = e.getValue();
                stack.peek().keyAt = at(e);
                return;
            }
            JsonNode node = scalarNode(tag, e.getValue());
            if (node.isNumber() && !InputLimits.checkableNumber(e.getValue())) {
                sink.problem(new InputProblem(InputRules.NUMBER, at(e), Map.of("value", JsonTreeBuilder.abbreviated(e.getValue()))));
                node = NODES.stringNode(e.getValue());
            }
            remember(e, node, 1);
            add(node, at(e));
        }

        private JsonNode scalarNode(Tag tag, String value) {
            if (tag.equals(Tag.NULL)) {
                return NODES.nullNode();
            }
            if (tag.equals(Tag.BOOL)) {
                return NODES.booleanNode(Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)));
            }
            try {
                if (tag.equals(Tag.INT)) {
                    return NODES.numberNode(new java.math.BigInteger(value.replace("_", "").replace("+", "")));
                }
                if (tag.equals(Tag.FLOAT)) {
                    return NODES.numberNode(new java.math.BigDecimal(value.replace("_", "")));
                }
            } catch (NumberFormatException notPlainNumber) {
                return NODES.stringNode(value);
            }
            return NODES.stringNode(value);
        }

        private void alias(AliasEvent e) {
            String name = e.getAlias().getValue();
            Anchored target = anchors.get(name);
            if (target == null) {
                sink.problem(InputProblem.of(InputRules.SYNTAX, at(e), "unknown alias *" + name));
                skipDataset(e);
                return;
            }
            aliases++;
            values += target.size;
            if (aliases > limits.maxYamlAliases() || values > MAX_VALUES) {
                sink.problem(InputProblem.of(InputRules.LIMIT, at(e),
                        "aliases expand to more than " + MAX_VALUES + " values or exceed " + limits.maxYamlAliases() + " aliases"));
                skipDataset(e);
                return;
            }
            if (expectingKey()) {
                stack.peek().key = target.node.isValueNode() ? target.node.asString() : target.node.toString();
                stack.peek().keyAt = at(e);
                return;
            }
            add(target.node.deepCopy(), at(e));
        }

        private void start(CollectionStartEvent e) {
            Optional<String> explicit = e.getTag();
            boolean mapping = e.getEventId() == Event.ID.MappingStart;
            if (explicit.isPresent() && !PLAIN_TAGS.contains(new Tag(explicit.get()))) {
                refuseTag(e, new Tag(explicit.get()));
                return;
            }
            if (expectingKey()) {
                sink.problem(InputProblem.localized(InputRules.SHAPE, at(e), new io.github.govmeta.core.finding.LocalizedText("คีย์ของ mapping ต้องเป็นค่าธรรมดา", "a mapping key must be a plain value")));
                skipDataset(e);
                return;
            }
            if (stack.size() >= limits.maxDepth()) {
                sink.problem(InputProblem.of(InputRules.LIMIT, at(e), "nesting deeper than " + limits.maxDepth() + " levels"));
                skipDataset(e);
                return;
            }
            Frame parent = stack.peek();
            String pointer = parent == null ? "" : parent.childPointer();
            Position pos = parent != null && parent.node.isObject() ? parent.keyAt : at(e);
            Frame f = new Frame(mapping ? NODES.objectNode() : NODES.arrayNode(), pointer, e, values);
            positions.put(pointer, pos);
            stack.push(f);
        }

        private void end() {
            Frame f = stack.pop();
            remember(f.event, f.node, values - f.valuesAtStart + 1);
            values++;
            if (stack.isEmpty()) {
                document(f.node);
            } else {
                attach(stack.peek(), f.node);
            }
        }

        private void add(JsonNode node, Position pos) {
            values++;
            Frame parent = stack.peek();
            if (parent == null) {
                sink.problem(InputProblem.localized(InputRules.SHAPE, pos, new io.github.govmeta.core.finding.LocalizedText("ค่าเดี่ยว", "a single value")));
                return;
            }
            positions.put(parent.childPointer(), parent.node.isObject() ? parent.keyAt : pos);
            attach(parent, node);
        }

        private void attach(Frame parent, JsonNode node) {
            if (parent.node instanceof ObjectNode obj) {
                if (obj.has(parent.key)) {
                    sink.problem(new InputProblem(InputRules.DUPLICATE_KEY, parent.keyAt, Map.of("property", parent.key)));
                }
                obj.set(parent.key, node);
                parent.key = null;
            } else {
                ((ArrayNode) parent.node).add(node);
            }
        }

        private void document(JsonNode root) {
            if (root.isObject()) {
                sink.record(new SourceRecord(source, recordIndex++, root, positions));
            } else {
                for (int i = 0; i < root.size(); i++) {
                    if (skippedItems.contains(i)) {
                        continue;
                    }
                    JsonNode item = root.get(i);
                    String prefix = "/" + i;
                    if (!item.isObject()) {
                        sink.problem(InputProblem.localized(InputRules.SHAPE, positions.find(prefix), new io.github.govmeta.core.finding.LocalizedText("รายการที่ไม่ใช่ mapping", "a list item that is not a mapping")));
                        continue;
                    }
                    sink.record(new SourceRecord(source, recordIndex++, item, positions.subIndex(prefix)));
                }
            }
        }

        private boolean expectingKey() {
            Frame top = stack.peek();
            return top != null && top.node.isObject() && top.key == null;
        }

        private void remember(NodeEvent e, JsonNode node, long size) {
            e.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Anchored(node, size)));
        }

        private void refuseTag(Event e, Tag tag) {
            sink.problem(InputProblem.localized(InputRules.UNSAFE, at(e),
                    new io.github.govmeta.core.finding.LocalizedText("แท็กพิเศษของ YAML " + tag.getValue(), "the custom YAML tag " + tag.getValue())));
            skipDataset(e);
        }
    }

    private static final class Frame {
        final JsonNode node;
        final String pointer;
        final NodeEvent event;
        final long valuesAtStart;
        String key;
        Position keyAt;

        Frame(JsonNode node, String pointer, NodeEvent event, long valuesAtStart) {
            this.node = node;
            this.pointer = pointer;
            this.event = event;
            this.valuesAtStart = valuesAtStart;
        }

        String childPointer() {
            return node.isObject() ? PositionIndex.child(pointer, key) : PositionIndex.child(pointer, node.size());
        }
    }

    private record Anchored(JsonNode node, long size) {}
}
