package io.github.govmeta.core.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.CDTAwareParserProfile;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's parser profile as {@code RDFParser} makes it (the same factory, resolver, checking per syntax),
 * noting where the parser is as it creates nodes and triples, so that the position of the triple the
 * parser hands over next can be told ({@link #positionOf}): Jena's parsers pass a line and column with
 * every node they create, but not with the triple they hand over (Turtle and TriG pass the object's token
 * to {@code createTriple}, N-Triples and N-Quads the subject's, RDF/XML none). One profile per parse; not
 * thread-safe.
 */
final class PositionedProfile extends CDTAwareParserProfile {
    /** The IRIs created last, with their positions: the predicate of the next triple is among them. */
    private static final int RECENT = 16;
    private final Node[] recent = new Node[RECENT];
    private final long[] recentAt = new long[RECENT];
    private int next;
    /** Where the parser created the last node, and the position it gave the last triple (0: none since). */
    private long lastNode;
    private long lastTriple;

    private PositionedProfile(ErrorHandler errors, IRIxResolver resolver, Context context, boolean checking) {
        super(RiotLib.factoryRDF(), errors, resolver, PrefixMapFactory.create(), context, checking, false);
    }

    /** The profile {@code RDFParser} makes for {@code lang} (not strict, URIs resolved against {@code base}). */
    static PositionedProfile of(Lang lang, String base, ErrorHandler errors, Context context) {
        boolean tuples = RDFLanguages.sameLang(Lang.NTRIPLES, lang) || RDFLanguages.sameLang(Lang.NQUADS, lang);
        IRIxResolver resolver = IRIxResolver.create().base(tuples ? null : base).resolve(true).allowRelative(tuples).build();
        return new PositionedProfile(errors, resolver, context, !tuples);
    }

    /**
     * Where the triple with {@code predicate} handed over now is written, packed ({@code line << 32 | column};
     * 0 when unknown): where the parser created its predicate, else the position the parser gave the
     * triple, else where it created its last node.
     */
    long positionOf(Node predicate) {
        long at = 0;
        for (int k = 1; k <= RECENT; k++) {
            int i = (next - k) & (RECENT - 1);
            Node n = recent[i];
            if (n != null && n.equals(predicate)) {
                recent[i] = null; // this creation is this triple's: the next triple with the same predicate is written elsewhere
                at = recentAt[i];
                break;
            }
        }
        if (at == 0) {
            at = lastTriple != 0 ? lastTriple : lastNode;
        }
        lastTriple = 0;
        return at;
    }

    private static long pack(long line, long column) {
        return line <= 0 ? 0 : line << 32 | (column <= 0 ? 0 : column & 0xFFFFFFFFL);
    }

    private Node created(Node n, long line, long column) {
        long at = pack(line, column);
        if (at != 0) {
            lastNode = at;
            if (n.isURI()) {
                recent[next] = n;
                recentAt[next] = at;
                next = (next + 1) & (RECENT - 1);
            }
        }
        return n;
    }

    @Override
    public Triple createTriple(Node subject, Node predicate, Node object, long line, long column) {
        lastTriple = pack(line, column);
        return super.createTriple(subject, predicate, object, line, column);
    }

    @Override
    public Quad createQuad(Node graph, Node subject, Node predicate, Node object, long line, long column) {
        lastTriple = pack(line, column);
        return super.createQuad(graph, subject, predicate, object, line, column);
    }

    @Override
    public Node createURI(String uri, long line, long column) {
        return created(super.createURI(uri, line, column), line, column);
    }

    @Override
    public Node createURI(IRIx iri, long line, long column) {
        return created(super.createURI(iri, line, column), line, column);
    }

    @Override
    public Node createStringLiteral(String lexical, long line, long column) {
        return created(super.createStringLiteral(lexical, line, column), line, column);
    }

    @Override
    public Node createLangLiteral(String lexical, String lang, long line, long column) {
        return created(super.createLangLiteral(lexical, lang, line, column), line, column);
    }

    @Override
    public Node createTypedLiteral(String lexical, org.apache.jena.datatypes.RDFDatatype type, long line, long column) {
        return created(super.createTypedLiteral(lexical, type, line, column), line, column);
    }

    @Override
    public Node createBlankNode(Node scope, String label, long line, long column) {
        return created(super.createBlankNode(scope, label, line, column), line, column);
    }

    @Override
    public Node createBlankNode(Node scope, long line, long column) {
        return created(super.createBlankNode(scope, line, column), line, column);
    }
}
