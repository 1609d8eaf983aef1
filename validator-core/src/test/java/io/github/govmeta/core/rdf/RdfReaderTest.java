package io.github.govmeta.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DCAT sources: bad and hostile RDF becomes a located finding; nothing is fetched from the network. */
class RdfReaderTest {
    private final RdfReader reader = new RdfReader(InputLimits.DEFAULT, LocalContexts.NONE);
    private final List<InputProblem> problems = new ArrayList<>();
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void loopbackServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Graph read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Graph read(String name, byte[] bytes) {
        return reader.read(new InputSource(name, InputSource.formatOf(name), () -> new ByteArrayInputStream(bytes)), problems::add);
    }

    /** Field report item 34: a document the heap cannot hold as a graph is a limit finding, not an out-of-memory error. */
    @Test
    void aDocumentLargerThanTheHeapCanHoldAsAGraphIsALimitFinding() {
        RdfReader small = new RdfReader(InputLimits.DEFAULT, 1024, LocalContexts.NONE);
        String turtle = "@prefix dct: <http://purl.org/dc/terms/> .\n" + "<urn:a> dct:title \"สถิติ\" .\n".repeat(100);
        Graph g = small.read(new InputSource("big.ttl", InputSource.formatOf("big.ttl"),
                () -> new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8))), problems::add);
        assertThat(g).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.LIMIT);
            assertThat(p.args().get("detail")).contains("needs about 20 times its size", "raise -Xmx");
            assertThat(p.args().get("detail@th")).contains("เพิ่ม -Xmx");
        });
        assertThat(small.read(new InputSource("ok.ttl", InputSource.formatOf("ok.ttl"),
                () -> new ByteArrayInputStream("<urn:a> <urn:p> \"x\" .\n".getBytes(StandardCharsets.UTF_8))), problems::add)).isNotNull();
    }

    @Test
    void malformedTurtleIsASyntaxFindingWithLineAndColumn() {
        Graph g = read("bad.ttl", "@prefix dct: <http://purl.org/dc/terms/> .\n<urn:a> dct:title \"ok\" .\n<urn:b> dct:title \"unterminated .\n");
        assertThat(g).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.SYNTAX);
            assertThat(p.position().line()).isBetween(3, 4);
            assertThat(p.position().column()).isGreaterThan(0);
        });
    }

    @Test
    void billionLaughsRdfXmlIsRefused() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [
                  <!ENTITY a "lollollollollollollollollollol">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
                  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
                ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="urn:x"><dct:title>&h;</dct:title></rdf:Description>
                </rdf:RDF>
                """;
        Graph g = read("laughs.rdf", xml);
        assertThat(g).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.UNSAFE);
            assertThat(p.position()).isEqualTo(new io.github.govmeta.core.input.Position(3, 3));
            assertThat(p.args().get("detail")).contains("<!ENTITY");
        });
    }

    @Test
    void evenASmallInternalEntityIsRefusedWhereverTheDtdSits() {
        String xml = "<?xml version=\"1.0\"?>\n<!-- " + " ".repeat(100_000) + " -->\n"
                + "<!DOCTYPE rdf:RDF [ <!ENTITY a \"aaaaaaaaaa\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"http://purl.org/dc/terms/\">\n"
                + "  <rdf:Description rdf:about=\"urn:x\"><dct:title>&a;</dct:title></rdf:Description>\n</rdf:RDF>\n";
        assertThat(read("small.rdf", xml)).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.UNSAFE);
            assertThat(p.position().line()).isEqualTo(3);
        });
    }

    @Test
    void malformedLanguageTagsAreFindingsNotInternalErrorsOrTerminalNoise() {
        String rdfxml = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="urn:x"><dct:title xml:lang="!! not a tag ##">ชื่อ</dct:title></rdf:Description>
                </rdf:RDF>
                """;
        read("lang.rdf", rdfxml);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.ruleId()).isEqualTo(InputRules.SYNTAX));
        problems.clear();
        read("lang.jsonld", "{\"@id\": \"urn:x\", \"http://purl.org/dc/terms/title\": {\"@value\": \"ชื่อ\", \"@language\": \"bad tag!!\"}}");
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.SYNTAX);
            assertThat(p.args().get("detail")).contains("bad tag!!").doesNotContain("{0}");
        });
    }

    @Test
    void externalEntityIsNotRead() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM "%s/secret"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="urn:x"><dct:title>&ext;</dct:title></rdf:Description>
                </rdf:RDF>
                """.formatted(base);
        Graph g = read("xxe.rdf", xml);
        assertThat(requests).hasValue(0);
        assertThat(g).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.ruleId()).isEqualTo(InputRules.UNSAFE));
    }

    @Test
    void remoteOwlImportsIsNotFollowed() {
        Graph g = read("imports.ttl", "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<urn:catalog> owl:imports <" + base + "/shapes.ttl> .\n");
        assertThat(g).isNotNull();
        assertThat(g.size()).isEqualTo(1);
        assertThat(requests).hasValue(0);
        assertThat(problems).isEmpty();
    }

    @Test
    void remoteJsonLdContextIsRefusedNotFetched() {
        Graph g = read("remote.jsonld", "{\"@context\": \"" + base + "/context.jsonld\", \"@id\": \"urn:x\", \"title\": \"ก\"}");
        assertThat(g).isNull();
        assertThat(requests).hasValue(0);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.UNSAFE);
            assertThat(p.args().get("detail")).contains(base + "/context.jsonld");
        });
    }

    @Test
    void remoteContextsInEveryPlaceAreRefusedNotFetched() {
        List<String> documents = List.of(
                "{\"@context\": [{\"dct\": \"http://purl.org/dc/terms/\"}, \"" + base + "/a.jsonld\"], \"@id\": \"urn:x\", \"dct:title\": \"ก\"}",
                "{\"@context\": {\"@version\": 1.1, \"@import\": \"" + base + "/b.jsonld\"}, \"@id\": \"urn:x\", \"title\": \"ก\"}",
                "{\"@context\": \"" + base.replace("http", "HTTP") + "/c.jsonld\", \"@id\": \"urn:x\", \"title\": \"ก\"}",
                "{\"@context\": {\"dct\": \"http://purl.org/dc/terms/\"}, \"@id\": \"urn:x\", \"dct:relation\": {\"@context\": \"" + base + "/d.jsonld\", \"@id\": \"urn:y\"}}",
                // field report item 22: escapes in the scheme and in the key, as the JSON parser decodes them
                "{\"@context\": \"\\u0068ttp" + base.substring(4) + "/e.jsonld\", \"@id\": \"urn:x\", \"title\": \"ก\"}",
                "{\"@con\\u0074ext\": \"" + base + "/f.jsonld\", \"@id\": \"urn:x\", \"title\": \"ก\"}");
        for (String doc : documents) {
            problems.clear();
            assertThat(read("remote.jsonld", doc)).as(doc).isNull();
            assertThat(problems).as(doc).singleElement().satisfies(p -> {
                assertThat(p.ruleId()).isEqualTo(InputRules.UNSAFE);
                assertThat(p.args().get("detail")).containsIgnoringCase(base);
            });
        }
        assertThat(requests).hasValue(0);
    }

    /** Field report item 22: a local file is not a context either: never read. */
    @Test
    void aFileContextIsRefusedNotRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path secret = dir.resolve("context.jsonld");
        java.nio.file.Files.writeString(secret, "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}");
        Graph g = read("file.jsonld", "{\"@context\": \"" + secret.toUri() + "\", \"@id\": \"urn:x\", \"title\": \"ก\"}");
        assertThat(g).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.UNSAFE);
            assertThat(p.args().get("detail")).contains(secret.toString(), "is not fetched");
        });
    }

    @Test
    void bundledDcatApContextIsReadWithoutTheNetwork() {
        Graph g = read("bee.jsonld", """
                {"@context": "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld",
                 "@graph": [{"@id": "example-ds:BeePopulation", "@type": "Dataset", "title": {"en": "Bee population"},
                             "publisher": "example-ag:GreekEnvironmentAgency"}]}
                """);
        assertThat(problems).isEmpty();
        assertThat(g.contains(org.apache.jena.graph.NodeFactory.createURI("https://data.gov.gr/id/dataset/BeePopulation"),
                org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.DCAT_DATASET)).isTrue();
        assertThat(g.size()).isEqualTo(3);
        assertThat(requests).hasValue(0);
    }

    @Test
    void inlineJsonLdContextIsRead() {
        Graph g = read("inline.jsonld", "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}, \"@id\": \"urn:x\", \"title\": \"ก\"}");
        assertThat(g.size()).isEqualTo(1);
        assertThat(requests).hasValue(0);
    }

    @Test
    void tenMegabyteLiteralIsLeftOutWithAFinding() {
        String big = "ก".repeat(10 * 1024 * 1024 / 3);
        Graph g = read("big.nt", "<urn:a> <http://purl.org/dc/terms/title> \"ok\" .\n<urn:a> <http://purl.org/dc/terms/description> \"" + big + "\" .\n");
        assertThat(g.size()).isEqualTo(1);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.ruleId()).isEqualTo(InputRules.LIMIT));
    }

    @Test
    void quadsAreMergedAndEmptyFilesReported() {
        Graph g = read("d.nq", "<urn:a> <urn:p> \"x\" <urn:g1> .\n<urn:b> <urn:p> \"y\" .\n");
        assertThat(g.size()).isEqualTo(2);
        assertThat(read("empty.ttl", "  \n")).isNull();
        assertThat(problems).extracting(InputProblem::ruleId).containsExactly(InputRules.EMPTY);
    }
}
