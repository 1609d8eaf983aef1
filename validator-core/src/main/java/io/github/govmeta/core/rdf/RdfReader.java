package io.github.govmeta.core.rdf;

import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Reads a DCAT source into one graph (quads are merged into it), safely: no network — {@code owl:imports}
 * are never followed and a JSON-LD {@code @context} or {@code @import} IRI is resolved only from the copies
 * bundled with govmeta ({@link BundledContexts}; any other is refused, not fetched) —, XML external entities and DTDs off (Jena's RDF/XML parser), the document size
 * bounded, and literals longer than the string limit dropped with a finding. Syntax errors become findings
 * with line and column. Where each triple is written is told to a {@link Located} sink, or kept in the
 * {@link TriplePositions} given to {@link #read}. The whole graph is held in memory. The syntax is the
 * source format's ({@link RdfSyntax}).
 * Thread-safe.
 */
public final class RdfReader {
    /** The largest RDF source read (the graph is held in memory). */
    public static final int MAX_BYTES = 256 * 1024 * 1024;

    /**
     * How many times its size a document read whole takes in memory as a graph (measured: 187 MB of
     * N-Triples, 3 million triples, peaked at 3.6 GB).
     */
    static final int EXPANSION = 20;

    private final InputLimits limits;
    private final long maxWholeBytes;
    private final LocalContexts localContexts;

    /**
     * A reader for this JVM's heap.
     *
     * @param localContexts the user's local copies of remote JSON-LD contexts, looked up before the bundled ones
     *                      ({@link LocalContexts#NONE}: the bundled ones only)
     */
    public RdfReader(InputLimits limits, LocalContexts localContexts) {
        this(limits, Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / EXPANSION), localContexts);
    }

    /** @param maxWholeBytes the largest document {@link #read} reads whole: what the heap can hold as a graph */
    public RdfReader(InputLimits limits, long maxWholeBytes, LocalContexts localContexts) {
        this.limits = limits;
        this.maxWholeBytes = maxWholeBytes;
        this.localContexts = localContexts;
    }

    /**
     * The graph, or null when the source could not be read (the problems say why). A document larger than
     * the heap can hold as a graph ({@value #EXPANSION} times its size, at most {@value #MAX_BYTES} bytes) is
     * a limit finding, not an out-of-memory error.
     */
    public Graph read(InputSource source, Consumer<InputProblem> problems) {
        return read(source, problems, null);
    }

    /**
     * {@link #read}, noting in {@code positions} (when not null) where each node and each (subject,
     * predicate) is first written ({@link Located} says which token a position points at).
     */
    public Graph read(InputSource source, Consumer<InputProblem> problems, TriplePositions positions) {
        byte[] bytes;
        try (InputStream in = source.opener().get()) {
            bytes = in.readNBytes((int) maxWholeBytes + 1);
        } catch (IOException | UncheckedIOException e) {
            problems.accept(InputProblem.of(InputRules.IO, Position.UNKNOWN, e.toString()));
            return null;
        }
        if (bytes.length > maxWholeBytes) {
            problems.accept(InputProblem.localized(InputRules.LIMIT, new Position(1, 1), new io.github.govmeta.core.finding.LocalizedText(
                    "แหล่ง RDF ที่ใหญ่กว่า " + megabytes(maxWholeBytes) + " MB และแยกอ่านทีละชุดข้อมูลไม่ได้ ต้องใช้หน่วยความจำราว "
                            + EXPANSION + " เท่าของขนาดเพื่อตรวจทั้งกราฟ เกินกว่าที่ JVM นี้มี (" + megabytes(Runtime.getRuntime().maxMemory())
                            + " MB): เขียนเป็นทีละชุดข้อมูล (เช่นที่ govmeta convert --to ntriples เขียน) หรือเพิ่ม -Xmx",
                    "an RDF source larger than " + megabytes(maxWholeBytes) + " MB that cannot be read dataset by dataset needs about "
                            + EXPANSION + " times its size in memory to be validated whole, more than this JVM has ("
                            + megabytes(Runtime.getRuntime().maxMemory()) + " MB): write it dataset by dataset (as govmeta convert --to ntriples"
                            + " does) or raise -Xmx")));
            return null;
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            problems.accept(InputProblem.of(InputRules.EMPTY, new Position(1, 1), null));
            return null;
        }
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(graph);
        if (positions != null) {
            sink = new Recording(sink, positions);
        }
        BundledContexts contexts = new BundledContexts(localContexts);
        if (!parse(new ByteArrayInputStream(bytes), source, sink, problems, contexts)) {
            return null;
        }
        if (positions != null && Lang.JSONLD.equals(((RdfSyntax) source.format()).lang(source))) {
            JsonLdPositions.scan(bytes, graph, base(source), positions, contexts.prefixes());
        }
        return graph;
    }

    /** The base IRI a source's relative IRIs are resolved against. */
    private static String base(InputSource source) {
        return IRIs.toBase("urn:govmeta:source:" + DcatConverter.encode(source.name()));
    }

    /**
     * Whether {@link #read} would refuse the source as too large to hold as a graph: a file larger than
     * that bound (a stream's size is not known before it is read).
     */
    public boolean tooLargeToReadWhole(InputSource source) {
        return source.knownSize() > maxWholeBytes;
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    /**
     * Parses a source straight from its stream, triple by triple, into {@code sink} (quads as triples),
     * without holding the document: the caller bounds the memory. The same safety as {@link #read}, but no
     * size limit. Returns false when the source could not be read (the problems say why); triples before
     * a syntax error may have reached the sink. A sink that is {@link Located} is told where each triple is
     * written just before it receives it.
     */
    public boolean stream(InputSource source, StreamRDF sink, Consumer<InputProblem> problems) {
        try (InputStream raw = source.opener().get(); NonBlank in = new NonBlank(new java.io.BufferedInputStream(raw, 1 << 16))) {
            boolean ok = parse(in, source, sink, problems, new BundledContexts(localContexts));
            if (ok && !in.seen) {
                problems.accept(InputProblem.of(InputRules.EMPTY, new Position(1, 1), null));
                return false;
            }
            return ok;
        } catch (IOException | UncheckedIOException e) {
            problems.accept(InputProblem.of(InputRules.IO, Position.UNKNOWN, e.toString()));
            return false;
        }
    }

    /** @param contexts the parse's JSON-LD document loader (it remembers the contexts it loaded) */
    private boolean parse(InputStream in, InputSource source, StreamRDF downstream, Consumer<InputProblem> problems,
                          BundledContexts contexts) {
        if (!(source.format() instanceof RdfSyntax format)) {
            throw new IllegalArgumentException("not an RDF source: " + source.name());
        }
        Lang lang = format.lang(source);
        Errors errors = new Errors(problems, contexts);
        StreamRDF sink = new LimitedLiterals(downstream, limits.maxStringChars(), problems);
        Context context = RIOT.getContext().copy().set(LangJSONLD11.JSONLD_OPTIONS, contexts.options());
        String base = base(source);
        PositionedProfile profile = PositionedProfile.of(lang, base, errors, context);
        if (downstream instanceof Located located) {
            sink = new Locating(sink, profile, located);
        }
        XmlProlog xml = lang.equals(Lang.RDFXML) ? new XmlProlog(in) : null;
        if (xml != null) {
            in = xml;
            errors.xml = xml;
        }
        try {
            InputStream bytes = in;
            StreamRDF to = sink;
            // what RDFParser.create().source(bytes).lang(lang).base(base).context(...).errorHandler(errors).parse(to)
            // does, with a parser profile of govmeta's that notes where the parser is (PositionedProfile)
            ReaderRIOT parser = RDFParserRegistry.getFactory(lang).create(lang, profile);
            JsonLdWarnings.during(problems, () -> parser.read(bytes, base, lang.getContentType(), to, context));
        } catch (IllegalArgumentException e) {
            // Jena's RDF/XML parser fails to format its own message on some bad values (an xml:lang that is
            // not a language tag gives IllegalFormatConversionException): still bad input, not an engine defect.
            if (!errors.reported) {
                problems.accept(InputProblem.localized(InputRules.SYNTAX, Position.UNKNOWN, new io.github.govmeta.core.finding.LocalizedText(
                        "ตัวอ่าน RDF หยุดที่ค่าที่ไม่ถูกต้อง (เช่น xml:lang ที่ไม่ใช่รหัสภาษา)",
                        "the RDF parser stopped on an invalid value (for example an xml:lang that is not a language tag)")));
            }
            return false;
        } catch (RiotException | RuntimeIOException e) {
            if (xml != null && xml.refusal() != null) {
                problems.accept(xml.refusal());
                return false;
            }
            if (e instanceof RuntimeIOException io) {
                // Jena's parsers wrap a failure to read the stream (a directory, a file gone) in their own exception.
                problems.accept(InputProblem.of(InputRules.IO, Position.UNKNOWN,
                        String.valueOf(io.getCause() == null ? io : io.getCause())));
                return false;
            }
            if (!errors.reported) {
                problems.accept(InputProblem.of(InputRules.SYNTAX, Position.UNKNOWN, e.getMessage()));
            }
            return false;
        }
        return true;
    }

    /**
     * A sink that is told where each triple it receives is written: {@link #at} is called just before each
     * triple (or quad). The position is the first character of the triple's predicate as written (Turtle,
     * TriG, N-Triples, N-Quads; for Turtle's {@code a}, which the parser does not create, the object's) or,
     * in RDF/XML, the end of the start tag of the element that states it (the property element; the node
     * element for its type), where the XML parser reports it; line 0 when the parser tells nothing (JSON-LD,
     * whose node objects {@link #read} locates by their {@code @id} instead).
     */
    public interface Located {
        void at(int line, int column);
    }

    /** A sink passing triples on that keeps where the next one is written ({@link Located}). */
    public abstract static class LocatedSink extends StreamRDFWrapper implements Located {
        /** Where the triple about to arrive is written; line 0 when not known. */
        protected int line;
        protected int column;

        protected LocatedSink(StreamRDF other) {
            super(other);
        }

        @Override
        public void at(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /** Tells the sink where each triple is written before passing it on. */
    private static final class Locating extends StreamRDFWrapper {
        private final PositionedProfile profile;
        private final Located located;

        Locating(StreamRDF other, PositionedProfile profile, Located located) {
            super(other);
            this.profile = profile;
            this.located = located;
        }

        @Override
        public void triple(Triple t) {
            long p = profile.positionOf(t.getPredicate());
            located.at((int) (p >>> 32), (int) p);
            super.triple(t);
        }

        @Override
        public void quad(org.apache.jena.sparql.core.Quad q) {
            long p = profile.positionOf(q.getPredicate());
            located.at((int) (p >>> 32), (int) p);
            super.quad(q);
        }
    }

    /** Adds each triple to the graph and its position to the map. */
    private static final class Recording extends LocatedSink {
        private final TriplePositions positions;

        Recording(StreamRDF other, TriplePositions positions) {
            super(other);
            this.positions = positions;
        }

        @Override
        public void triple(Triple t) {
            positions.add(t.getSubject(), t.getPredicate(), line, column);
            super.triple(t);
        }
    }

    /** Notes whether any byte other than white space went through. */
    private static final class NonBlank extends java.io.FilterInputStream {
        boolean seen;

        NonBlank(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            note(b);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; !seen && i < off + n; i++) {
                note(buf[i] & 0xFF);
            }
            return n;
        }

        private void note(int b) {
            if (b >= 0 && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                seen = true;
            }
        }
    }

    /** Parse errors as findings with line and column; warnings are ignored. */
    private static final class Errors implements ErrorHandler {
        private XmlProlog xml;
        private final Consumer<InputProblem> problems;
        private final BundledContexts contexts;
        boolean reported;

        Errors(Consumer<InputProblem> problems, BundledContexts contexts) {
            this.problems = problems;
            this.contexts = contexts;
        }

        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            fatal(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            if (xml != null && xml.refusal() != null) {
                reported = true; // the caller reports the refused entity declaration at its place
                throw new RiotException(message);
            }
            if (!reported && contexts.refused() != null) {
                reported = true;
                problems.accept(InputProblem.of(InputRules.UNSAFE, new Position((int) Math.max(line, 1), (int) Math.max(col, 1)),
                        "a remote JSON-LD context (" + contexts.refused() + ") is not fetched: only the bundled copies of "
                                + String.join(", ", BundledContexts.iris()) + " and local copies are used; inline the context, or map the IRI to a local copy"
                                + " with --jsonld-context " + contexts.refused() + "=FILE (jsonldContexts: in .govmeta.yaml)"));
            }
            if (!reported) {
                reported = true;
                String rule = message != null && message.toLowerCase(java.util.Locale.ROOT).contains("entit")
                        ? InputRules.UNSAFE : InputRules.SYNTAX;
                problems.accept(InputProblem.of(rule, new Position((int) Math.max(line, 0), (int) Math.max(col, 0)), message));
            }
            throw new RiotException(message);
        }
    }

    /** Drops triples whose literal is longer than the limit, reporting the first. */
    private static final class LimitedLiterals extends StreamRDFWrapper {
        private final int max;
        private final Consumer<InputProblem> problems;
        private boolean reported;

        LimitedLiterals(StreamRDF other, int max, Consumer<InputProblem> problems) {
            super(other);
            this.max = max;
            this.problems = problems;
        }

        @Override
        public void triple(Triple t) {
            if (ok(t.getObject())) {
                super.triple(t);
            }
        }

        @Override
        public void quad(org.apache.jena.sparql.core.Quad q) {
            if (ok(q.getObject())) {
                super.triple(q.asTriple());
            }
        }

        private boolean ok(Node o) {
            if (o.isLiteral() && o.getLiteralLexicalForm().length() > max) {
                if (!reported) {
                    reported = true;
                    problems.accept(InputProblem.of(InputRules.LIMIT, Position.UNKNOWN,
                            "a literal longer than " + max + " characters was left out"));
                }
                return false;
            }
            return true;
        }
    }

}
