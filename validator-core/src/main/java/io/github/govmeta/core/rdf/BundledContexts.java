package io.github.govmeta.core.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The JSON-LD document loader of govmeta: a remote {@code @context} (or {@code @import}) is resolved only
 * from the user's local copies ({@link LocalContexts}), then from the copies bundled in {@code govmeta/jsonld/}
 * (listed in {@code contexts.properties}); any other IRI is refused without a request. One instance serves one parse and remembers the first IRI it refused, so
 * the reader can say which context was not fetched. Not thread-safe; the catalogue is shared and immutable.
 */
final class BundledContexts implements DocumentLoader {
    private static final String FOLDER = "/govmeta/jsonld/";
    private static final Map<String, String> CATALOGUE = catalogue();

    private final LocalContexts local;
    private String refused;
    private final java.util.List<Document> loaded = new java.util.ArrayList<>();

    /** @param local the user's local copies, looked up before the bundled ones */
    BundledContexts(LocalContexts local) {
        this.local = local;
    }

    /** Titanium options using this loader (a new object: Jena sets the base on it). */
    JsonLdOptions options() {
        return new JsonLdOptions(this);
    }

    /** The first IRI asked for that is not bundled, or null. */
    String refused() {
        return refused;
    }

    /**
     * The prefixes the contexts loaded so far define (a term whose IRI ends in {@code /}, {@code #} or
     * {@code :}, or that says {@code "@prefix": true}): what a compact IRI such as {@code example-ds:Bees}
     * in a document using them expands with. Later definitions of a term win, as in JSON-LD.
     */
    Map<String, String> prefixes() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Document d : loaded) {
            d.getJsonContent().filter(c -> c instanceof jakarta.json.JsonObject).map(c -> ((jakarta.json.JsonObject) c).get("@context"))
                    .filter(c -> c instanceof jakarta.json.JsonObject).map(c -> (jakarta.json.JsonObject) c)
                    .ifPresent(context -> context.forEach((term, value) -> {
                        String iri = null;
                        boolean prefix = false;
                        if (value instanceof jakarta.json.JsonString str) {
                            iri = str.getString();
                        } else if (value instanceof jakarta.json.JsonObject def && def.get("@id") instanceof jakarta.json.JsonString id) {
                            iri = id.getString();
                            prefix = def.get("@prefix") == jakarta.json.JsonValue.TRUE;
                        }
                        if (iri != null && !term.startsWith("@") && (prefix || iri.endsWith("/") || iri.endsWith("#") || iri.endsWith(":"))) {
                            out.put(term, iri);
                        }
                    }));
        }
        return out;
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document doc = load(url);
        loaded.add(doc);
        return doc;
    }

    private Document load(URI url) throws JsonLdError {
        Document mapped = local.load(url);
        if (mapped != null) {
            return mapped;
        }
        String file = CATALOGUE.get(key(url.toString()));
        if (file == null) {
            if (refused == null) {
                refused = url.toString();
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "the JSON-LD context " + url + " is neither mapped to a local file nor bundled with govmeta, and is not fetched");
        }
        try (InputStream in = BundledContexts.class.getResourceAsStream(FOLDER + file)) {
            JsonDocument doc = JsonDocument.of(in);
            doc.setDocumentUrl(url);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled context IRIs, sorted. */
    static java.util.Set<String> iris() {
        return CATALOGUE.keySet();
    }

    /** Scheme and host compared case-insensitively, the path exactly (as for local copies). */
    private static String key(String iri) {
        return LocalContexts.key(iri);
    }

    private static Map<String, String> catalogue() {
        Properties p = new Properties();
        try (InputStream in = BundledContexts.class.getResourceAsStream(FOLDER + "contexts.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put(key(k.toString().trim()), v.toString().trim()));
        return java.util.Collections.unmodifiableMap(m); // sorted, as iris() promises (Map.copyOf would not keep the order)
    }
}
