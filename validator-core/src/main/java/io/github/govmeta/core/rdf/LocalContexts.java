package io.github.govmeta.core.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Local copies of remote JSON-LD contexts, chosen by the user ({@code --jsonld-context IRI=FILE},
 * {@code jsonldContexts:} in {@code .govmeta.yaml}): a {@code @context} or {@code @import} IRI mapped here is
 * read from its file instead of the network, before the copies bundled with govmeta ({@link BundledContexts}).
 * Each file is read and checked once, when the mapping is built: it must exist, be at most
 * {@value #MAX_BYTES} bytes, and be a JSON object with an {@code @context} entry (a JSON-LD context
 * document), nested no deeper than a bound. A context inside a mapped file that names another IRI is again
 * resolved only through the mapping and the bundled copies. Immutable and thread-safe.
 */
public final class LocalContexts {
    /** The largest local context file read (10 MiB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The deepest nesting of arrays and objects in a local context file. */
    static final int MAX_DEPTH = 256;
    public static final LocalContexts NONE = new LocalContexts(Map.of());

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /** By {@link #key}: the IRI as given, its file, its content. */
    private final Map<String, Entry> entries;

    private record Entry(String iri, Path file, JsonStructure content) {}

    private LocalContexts(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether no IRI is mapped. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The mapped IRIs (as given) and their files, sorted by IRI. */
    public Map<String, Path> files() {
        Map<String, Path> out = new java.util.TreeMap<>();
        entries.values().forEach(e -> out.put(e.iri(), e.file()));
        return out;
    }

    /** Whether two IRIs name the same context: scheme and host compared case-insensitively, the rest exactly. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The local copy of {@code url} as a fresh document, or null when it is not mapped. */
    JsonDocument load(URI url) {
        Entry e = entries.get(key(url.toString()));
        if (e == null) {
            return null;
        }
        JsonDocument doc = JsonDocument.of(e.content());
        doc.setDocumentUrl(url);
        return doc;
    }

    /** Scheme and host compared case-insensitively, the path exactly. */
    static String key(String iri) {
        int slash = iri.indexOf('/', iri.indexOf("://") + 3);
        return slash < 0 ? iri.toLowerCase(Locale.ROOT) : iri.substring(0, slash).toLowerCase(Locale.ROOT) + iri.substring(slash);
    }

    /** Collects mappings; a later one for the same IRI replaces an earlier one. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Maps {@code iri} to the context document in {@code file} (an absolute path, or relative to the
         * process's folder), reading and checking the file now.
         *
         * @return why the mapping is refused (naming the IRI and the file), or empty when it is added
         */
        public Optional<String> add(String iri, Path file) {
            String problem = problem(iri, file);
            if (problem != null) {
                return Optional.of("JSON-LD context " + iri + " = " + file + ": " + problem);
            }
            try {
                byte[] bytes = readBounded(file);
                String notJson = notAContext(bytes);
                if (notJson != null) {
                    return Optional.of("JSON-LD context " + iri + " = " + file + ": " + notJson);
                }
                JsonStructure content = JsonDocument.of(new ByteArrayInputStream(bytes)).getJsonContent().orElseThrow();
                entries.put(key(iri.strip()), new Entry(iri.strip(), file, content));
                return Optional.empty();
            } catch (TooLarge e) {
                return Optional.of("JSON-LD context " + iri + " = " + file + ": the file is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB, the most a local context may be");
            } catch (IOException e) {
                return Optional.of("JSON-LD context " + iri + " = " + file + ": cannot read the file ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            } catch (JsonLdError | RuntimeException e) {
                // Jackson accepted it; the JSON-LD library's parser should too (kept as a clear message, not a stack trace)
                return Optional.of("JSON-LD context " + iri + " = " + file + ": not JSON (" + e.getMessage() + ")");
            }
        }

        public LocalContexts build() {
            return entries.isEmpty() ? NONE : new LocalContexts(entries);
        }

        private static String problem(String iri, Path file) {
            if (iri == null || iri.isBlank()) {
                return "the context IRI is empty";
            }
            URI uri;
            try {
                uri = new URI(iri.strip());
            } catch (java.net.URISyntaxException e) {
                return "not an IRI (" + e.getReason() + ")";
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return "only an http(s) context IRI can be mapped to a local file";
            }
            if (file == null || file.toString().isBlank()) {
                return "no file given";
            }
            if (!Files.exists(file)) {
                return "no such file";
            }
            if (!Files.isRegularFile(file)) {
                return "not a file";
            }
            if (!Files.isReadable(file)) {
                return "the file is not readable";
            }
            return null;
        }

        private static byte[] readBounded(Path file) throws IOException {
            if (Files.size(file) > MAX_BYTES) {
                throw new TooLarge();
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new TooLarge();
                }
                return bytes;
            }
        }

        /** Why {@code bytes} is not one JSON object with an {@code @context} entry, or null. */
        private static String notAContext(byte[] bytes) {
            try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), bytes)) {
                JsonToken first = p.nextToken();
                if (first == null) {
                    return "the file is empty, not a JSON-LD context document";
                }
                if (first != JsonToken.START_OBJECT) {
                    return "not a JSON-LD context document (a JSON object with an @context entry)";
                }
                boolean context = false;
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    if (p.currentName().equals("@context")) {
                        context = true;
                    }
                    p.nextToken();
                    p.skipChildren();
                }
                if (p.nextToken() != null) {
                    return "not JSON (more after the object at line " + p.currentLocation().getLineNr() + ", column "
                            + p.currentLocation().getColumnNr() + ")";
                }
                return context ? null : "not a JSON-LD context document (the JSON object has no @context entry)";
            } catch (tools.jackson.core.exc.StreamConstraintsException e) {
                return "nested deeper than " + MAX_DEPTH + " levels, the most a local context may be";
            } catch (JacksonException e) {
                var at = e.getLocation();
                return "not JSON (" + (at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                        + e.getOriginalMessage() + ")";
            }
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The mapping as IRI → file, for messages. */
    @Override
    public String toString() {
        return "LocalContexts" + files();
    }
}
