package io.github.govmeta.core.remote;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.SourceFormat;
import io.github.govmeta.core.input.SourceFormats;
import io.github.govmeta.core.net.FetchException;
import io.github.govmeta.core.net.HttpFetcher;
import io.github.govmeta.core.rdf.RdfReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The pages of a DCAT endpoint as sources (ckanext-dcat's {@code /catalog.ttl}, {@code .jsonld},
 * {@code .rdf}), fetched one at a time and followed through their Hydra paging ({@code hydra:next}, or
 * {@code hydra:nextPage} as ckanext-dcat writes it). Each page is parsed for its next link with the same
 * safe RDF reader as files (no imports, no remote contexts, no entities, bounded), then read by the RDF
 * format its content type (else its extension, else its content) implies, so its datasets are checked with
 * the shapes like a file's. A page that cannot be fetched is a {@code GOVMETA-INPUT-REMOTE} finding, and a
 * page whose next link cannot be read ends the paging there (a page already seen is never read again).
 */
final class DcatHarvest implements Iterator<InputSource> {
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final Node NEXT = NodeFactory.createURI(HYDRA + "next");
    private static final Node NEXT_PAGE = NodeFactory.createURI(HYDRA + "nextPage");
    private static final Node DATASET = NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset");
    private static final String ACCEPT = "text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.8, application/n-triples;q=0.7";
    /** Pages followed at most: a loop of distinct URLs ends here. */
    static final int MAX_PAGES = 100_000;

    private final HttpFetcher fetcher;
    private final RdfReader reader;
    private final Consumer<HarvestSummary> summaries;
    private final String first;
    private final Deque<InputSource> ready = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private String next;
    private int pages;
    private int failed;
    private int datasets;
    private int cached;

    DcatHarvest(RemoteCatalog catalog, HttpFetcher fetcher, RdfReader reader, Consumer<HarvestSummary> summaries) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.summaries = summaries;
        this.first = catalog.url().strip();
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && next != null) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public InputSource next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    private void step() {
        String url = next;
        next = null;
        seen.add(url);
        pages++;
        HttpFetcher.Response r;
        try {
            r = fetcher.get(URI.create(url), ACCEPT);
        } catch (FetchException | IllegalArgumentException e) {
            failed++;
            ready.add(FailedPage.source(url, e instanceof FetchException f ? f.reason()
                    : new LocalizedText("ไม่ใช่ URL: " + url, "not a URL: " + url)));
            finish();
            return;
        }
        if (r.cached()) {
            cached++;
        }
        if (!r.ok()) {
            failed++;
            ready.add(FailedPage.source(url, new LocalizedText("ปลายทาง DCAT ตอบ HTTP " + r.status(),
                    "the DCAT endpoint answered HTTP " + r.status())));
            finish();
            return;
        }
        byte[] body = r.body();
        SourceFormat format = format(r.contentType(), r.finalUri());
        InputSource page = new InputSource(url, format, () -> new ByteArrayInputStream(body));
        InputSource resolved = format != null ? page : new InputSource(url, SourceFormats.sniff(
                new String(body, 0, Math.min(body.length, SourceFormats.SNIFF_BYTES), java.nio.charset.StandardCharsets.UTF_8)),
                () -> new ByteArrayInputStream(body));
        ready.add(resolved);
        Graph graph = isRdf(resolved.format()) ? reader.read(resolved, p -> { }) : null;
        if (graph == null) {
            failed++; // the page's own source reports why (syntax, not RDF…)
            finish();
            return;
        }
        datasets += graph.find(Node.ANY, RDF.type.asNode(), DATASET).toList().size();
        String link = nextLink(graph, r.finalUri());
        if (link != null && !seen.contains(link) && pages < MAX_PAGES) {
            next = link;
        } else {
            finish();
        }
    }

    private void finish() {
        summaries.accept(new HarvestSummary(first, null, pages, failed, datasets, cached));
    }

    /** The page's {@code hydra:next} (or {@code hydra:nextPage}), resolved against its URL, or null. */
    private static String nextLink(Graph graph, URI page) {
        for (Node p : new Node[] {NEXT, NEXT_PAGE}) {
            for (Triple t : graph.find(Node.ANY, p, Node.ANY).toList()) {
                Node o = t.getObject();
                String value = o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : null;
                if (value != null && !value.isBlank()) {
                    try {
                        return page.resolve(value.strip()).toString();
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isRdf(SourceFormat f) {
        return f != null && Set.of("turtle", "jsonld", "rdfxml", "ntriples", "trig").contains(f.name());
    }

    /** The format the content type names, else the one the URL's extension implies, else null (sniffed). */
    static SourceFormat format(String contentType, URI uri) {
        String type = contentType.toLowerCase(Locale.ROOT);
        String name = type.contains("turtle") ? "turtle" : type.contains("ld+json") ? "jsonld"
                : type.contains("rdf+xml") ? "rdfxml" : type.contains("n-triples") ? "ntriples" : type.contains("trig") ? "trig" : null;
        if (name != null) {
            return SourceFormats.named(name);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        return SourceFormats.forFileName(path.substring(path.lastIndexOf('/') + 1)).orElse(null);
    }
}
