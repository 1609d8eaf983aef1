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

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
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
