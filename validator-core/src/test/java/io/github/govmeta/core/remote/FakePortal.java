package io.github.govmeta.core.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.govmeta.core.TestRecords;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CKAN portal on 127.0.0.1 for tests, answering in CKAN's real shapes: {@code package_search} paged by
 * {@code rows}/{@code start} (filtered by {@code fq=organization:NAME}, sorted by name), {@code
 * organization_list}, error envelopes; and a DCAT endpoint paged by {@code hydra:next}. Its datasets are
 * the repository's Thai examples (valid and invalid files, the BMA dump, the NSO search result), each under
 * its {@code owner_org}. A fault can be set for the page starting at a given offset.
 */
final class FakePortal implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path EXAMPLES = TestRecords.ROOT.resolve("examples");

    /** What a page answers instead of its datasets. */
    enum Fault {
        /** 429 with Retry-After: 1 the first time, then the page. */
        TOO_MANY_ONCE,
        /** 503 every time. */
        UNAVAILABLE,
        /** Answers after 3 s. */
        SLOW,
        /** Half a JSON document. */
        MALFORMED,
        /** {@code {"success": false, "error": {...}}} with HTTP 409. */
        ERROR_ENVELOPE,
        /** 302 to http://10.0.0.1/… */
        REDIRECT_PRIVATE,
        /** 302 to the cloud metadata address. */
        REDIRECT_METADATA
    }

    final List<ObjectNode> datasets = new ArrayList<>();
    final Map<String, Fault> faults = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger tooMany = new AtomicInteger();
    /** The {@code hydra:next} IRI page 2 of the DCAT endpoint gives instead of page 3's, or null. */
    volatile String page2Next;
    /**
     * When set, DCAT pages are JSON-LD whose {@code @context} is this remote IRI; the context document they
     * need is kept in {@link #pageContext} (never served: the portal answers only catalog pages).
     */
    volatile String jsonldContext;
    volatile String pageContext;
    /** Whether package_search says there are a million datasets. */
    volatile boolean overstate;
    private final HttpServer server;

    FakePortal() throws IOException {
        loadExamples();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/3/action/package_search", this::packageSearch);
        server.createContext("/api/3/action/organization_list", this::organizationList);
        server.createContext("/catalog.ttl", this::dcatPage);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The datasets of an organization (null: all), in the order package_search serves them. */
    List<String> names(String organization) {
        return datasets.stream().filter(d -> organization == null || organization.equals(d.path("owner_org").asString()))
                .map(d -> d.path("name").asString()).toList();
    }

    List<String> organizations() {
        TreeSet<String> orgs = new TreeSet<>();
        datasets.forEach(d -> orgs.add(d.path("owner_org").asString()));
        return List.copyOf(orgs);
    }

    private void loadExamples() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(EXAMPLES.resolve("valid"))) {
            s.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        }
        try (var s = Files.list(EXAMPLES.resolve("invalid"))) {
            s.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        }
        for (Path p : files) {
            JsonNode n = JSON.readTree(p.toFile());
            datasets.add((ObjectNode) (n.has("result") ? n.get("result") : n));
        }
        for (String line : Files.readAllLines(EXAMPLES.resolve("dumps/catalog-bma.jsonl"))) {
            if (!line.isBlank()) {
                datasets.add((ObjectNode) JSON.readTree(line));
            }
        }
        for (JsonNode n : JSON.readTree(EXAMPLES.resolve("dumps/package_search-nso.json").toFile()).path("result").path("results")) {
            datasets.add((ObjectNode) n);
        }
        datasets.sort(Comparator.comparing(d -> d.path("name").asString()));
    }

    private static Map<String, String> query(HttpExchange x) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = x.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                q.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private void packageSearch(HttpExchange x) throws IOException {
        requests.add(x.getRequestURI().toString());
        Map<String, String> q = query(x);
        String org = q.getOrDefault("fq", "").startsWith("organization:") ? q.get("fq").substring("organization:".length()) : null;
        int rows = Integer.parseInt(q.getOrDefault("rows", "10"));
        int start = Integer.parseInt(q.getOrDefault("start", "0"));
        Fault fault = faults.get((org == null ? "" : org + ":") + start);
        if (fault != null && fail(x, fault)) {
            return;
        }
        if (rows > 1000 || rows < 0) {
            send(x, 409, "application/json;charset=utf-8", envelopeError("Validation Error", "rows: Must be less than or equal to 1000"));
            return;
        }
        List<ObjectNode> matching = datasets.stream().filter(d -> org == null || org.equals(d.path("owner_org").asString())).toList();
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("count", overstate ? 1_000_000 : matching.size());
        result.set("facets", JsonNodeFactory.instance.objectNode());
        ArrayNode results = result.putArray("results");
        matching.stream().skip(start).limit(rows).forEach(results::add);
        result.put("sort", q.getOrDefault("sort", "score desc, metadata_modified desc"));
        result.set("search_facets", JsonNodeFactory.instance.objectNode());
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("help", base() + "/api/3/action/help_show?name=package_search");
        envelope.put("success", true);
        envelope.set("result", result);
        send(x, 200, "application/json;charset=utf-8", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(envelope));
    }

    /** Answers the fault; false when the page is to be served after all (a 429 already answered once). */
    private boolean fail(HttpExchange x, Fault fault) throws IOException {
        switch (fault) {
            case TOO_MANY_ONCE -> {
                if (tooMany.getAndIncrement() > 0) {
                    return false;
                }
                x.getResponseHeaders().add("Retry-After", "1");
                send(x, 429, "text/plain", "Too Many Requests".getBytes(StandardCharsets.UTF_8));
            }
            case UNAVAILABLE -> send(x, 503, "text/html", "<h1>503 Service Unavailable</h1>".getBytes(StandardCharsets.UTF_8));
            case SLOW -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(x, 200, "application/json", "{\"success\": true, \"result\": {\"count\": 0, \"results\": []}}".getBytes(StandardCharsets.UTF_8));
            }
            case MALFORMED -> send(x, 200, "application/json", ("{\"help\": \"x\", \"success\": true, \"result\": {\"count\": "
                    + datasets.size() + ", \"results\": [{\"name\": \"broken-").getBytes(StandardCharsets.UTF_8));
            case ERROR_ENVELOPE -> send(x, 409, "application/json;charset=utf-8",
                    envelopeError("Search Query Error", "Search error: Invalid search query"));
            case REDIRECT_PRIVATE -> redirect(x, "http://10.0.0.1/api/3/action/package_search?rows=5");
            case REDIRECT_METADATA -> redirect(x, "http://169.254.169.254/latest/meta-data/");
        }
        return true;
    }

    private byte[] envelopeError(String type, String message) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("__type", type);
        error.put("message", message);
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("help", base() + "/api/3/action/help_show?name=package_search");
        envelope.put("success", false);
        envelope.set("error", error);
        return JSON.writeValueAsBytes(envelope);
    }

    private void organizationList(HttpExchange x) throws IOException {
        requests.add(x.getRequestURI().toString());
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("help", base() + "/api/3/action/help_show?name=organization_list");
        envelope.put("success", true);
        ArrayNode list = envelope.putArray("result");
        int offset = Integer.parseInt(query(x).getOrDefault("offset", "0"));
        organizations().stream().skip(offset).forEach(list::add);
        send(x, 200, "application/json;charset=utf-8", JSON.writeValueAsBytes(envelope));
    }

    /** Three Turtle pages of two datasets each, linked by hydra:next (ckanext-dcat writes hydra:nextPage: page 2 does). */
    private void dcatPage(HttpExchange x) throws IOException {
        requests.add(x.getRequestURI().toString());
        int page = Integer.parseInt(query(x).getOrDefault("page", "1"));
        Fault fault = faults.get("dcat:" + page);
        if (fault != null && fail(x, fault)) {
            return;
        }
        StringBuilder ttl = new StringBuilder("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
                """);
        ttl.append("<").append(base()).append("/catalog.ttl?page=").append(page).append("> a hydra:PagedCollection ;\n")
                .append("    hydra:totalItems 6 ; hydra:itemsPerPage 2");
        if (page == 2 && page2Next != null) {
            ttl.append(" ;\n    hydra:next <").append(page2Next).append(">");
        } else if (page < 3) {
            ttl.append(" ;\n    ").append(page == 2 ? "hydra:nextPage" : "hydra:next").append(" \"").append(base())
                    .append("/catalog.ttl?page=").append(page + 1).append("\"");
        }
        ttl.append(" .\n");
        for (int i = 1; i <= 2; i++) {
            int n = (page - 1) * 2 + i;
            ttl.append("<").append(base()).append("/dataset/dcat-dataset-").append(n).append("> a dcat:Dataset ;\n")
                    .append("    dct:title \"ชุดข้อมูลทดสอบลำดับที่ ").append(n).append("\"@th ;\n")
                    .append("    dct:description \"คำอธิบายชุดข้อมูลลำดับที่ ").append(n).append("\"@th .\n");
        }
        if (jsonldContext == null) {
            send(x, 200, "text/turtle; charset=utf-8", ttl.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(ttl.toString(), org.apache.jena.riot.Lang.TURTLE).parse(model);
        java.io.StringWriter jsonld = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(jsonld, model, org.apache.jena.riot.Lang.JSONLD);
        ObjectNode doc = (ObjectNode) JSON.readTree(jsonld.toString());
        pageContext = JSON.writeValueAsString(JSON.createObjectNode().set("@context", doc.get("@context")));
        doc.put("@context", jsonldContext);
        send(x, 200, "application/ld+json", JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().add("Location", to);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        try {
            x.sendResponseHeaders(status, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client gave up (a timeout): nothing to answer
        } finally {
            x.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
