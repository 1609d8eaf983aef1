package io.github.govmeta.server;

import io.github.govmeta.core.input.SourceFormats;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link Submission} from a request: a multipart form (the page's, or a client's {@code curl -F}) or
 * a JSON body in the manner of the EU ITB validators. Limits are enforced while reading; everything is held
 * in memory. Stateless and thread-safe.
 */
final class SubmissionReader {
    /** ITB {@code contentSyntax} media types, by the source format that reads them. */
    private static final Map<String, String> SYNTAXES = Map.ofEntries(
            Map.entry("application/json", "json"), Map.entry("application/x-ndjson", "jsonl"),
            Map.entry("application/jsonl", "jsonl"), Map.entry("application/jsonlines", "jsonl"),
            Map.entry("application/yaml", "yaml"), Map.entry("application/x-yaml", "yaml"), Map.entry("text/yaml", "yaml"),
            Map.entry("text/turtle", "turtle"), Map.entry("application/rdf+xml", "rdfxml"),
            Map.entry("application/ld+json", "jsonld"), Map.entry("application/n-triples", "ntriples"),
            Map.entry("application/trig", "trig"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerConfig config;

    private final UrlInput urls;

    SubmissionReader(ServerConfig config) {
        this.urls = new UrlInput(config.urlInput(), config.maxRequestBytes());
        this.config = config;
    }

    /** The form field of extra SHACL shapes. */
    static final String SHAPES_FIELD = "shapes";

    /** The request's submission, read by its content type. */
    Submission read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return form(ctx);
        }
        if (type.startsWith("application/json")) {
            return itb(body(ctx));
        }
        throw Problem.unsupportedType("expected multipart/form-data (fields file, text, profile, lang, reportSyntax) or "
                + "application/json (contentToValidate, embeddingMethod, contentSyntax, validationType, locale, reportSyntax)"
                + (type.isEmpty() ? "; the request has no Content-Type" : "; got " + ctx.contentType()));
    }

    /**
     * Form fields {@code file} (repeatable; a file under any other field name counts too), {@code shapes}
     * (extra SHACL shapes, repeatable), {@code text}, {@code profile}, {@code lang}, {@code reportSyntax}.
     */
    private Submission form(Context ctx) {
        Submission.Sources sources = new Submission.Sources(config.maxFiles());
        Submission.Sources shapes = new Submission.Sources(config.maxFiles());
        java.util.Map<String, List<UploadedFile>> files;
        String text;
        try {
            files = ctx.uploadedFileMap();
            text = ctx.formParam("text");
        } catch (RuntimeException e) {
            throw multipartProblem(e);
        }
        files.forEach((field, uploads) -> {
            for (UploadedFile f : uploads) {
                if (f.size() == 0 && (f.filename() == null || f.filename().isEmpty())) {
                    continue;
                }
                (SHAPES_FIELD.equals(field) ? shapes : sources).add(f.filename(), f.contentAndClose(SubmissionReader::readAll));
            }
        });
        if (text != null && !text.isBlank()) {
            sources.add("pasted-text", text.getBytes(StandardCharsets.UTF_8));
        }
        return new Submission(sources.list(), shapes.optional(), Submission.profile(ctx.formParam("profile")),
                Submission.language(ctx.formParam("lang")), blankToNull(ctx.formParam("reportSyntax")));
    }

    /**
     * The ITB manner: {@code contentToValidate} as text ({@code embeddingMethod} {@code STRING}, the default)
     * or {@code BASE64}; {@code contentSyntax} a media type or a format name (else the content is sniffed);
     * {@code validationType} the profile; {@code locale}; {@code reportSyntax}. {@code URL} input is off.
     */
    Submission itb(byte[] body) {
        JsonNode doc;
        try {
            doc = JSON.readTree(body);
        } catch (JacksonException e) {
            throw Problem.badRequest("the JSON body is not well-formed"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())
                    + ": " + e.getOriginalMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw Problem.badRequest("the JSON body must be an object with contentToValidate");
        }
        JsonNode content = doc.get("contentToValidate");
        if (content == null || !content.isString()) {
            throw Problem.badRequest("contentToValidate: a string is required (the content as text, or base64 with embeddingMethod BASE64)");
        }
        String method = text(doc, "embeddingMethod", "STRING").toUpperCase(Locale.ROOT);
        byte[] bytes = switch (method) {
            case "STRING" -> content.asString().getBytes(StandardCharsets.UTF_8);
            case "BASE64" -> base64(content.asString());
            case "URL" -> urls.fetch(content.asString());
            default -> throw Problem.badRequest("embeddingMethod: unknown method '" + method + "' (expected STRING or BASE64)");
        };
        Submission.Sources shapes = new Submission.Sources(config.maxFiles());
        JsonNode rules = doc.get("externalRules");
        if (rules != null && !rules.isNull()) {
            if (!rules.isArray()) {
                throw Problem.badRequest("externalRules: a list of {ruleSet, embeddingMethod, ruleSyntax} is expected");
            }
            int i = 0;
            for (JsonNode rule : rules) {
                i++;
                JsonNode set = rule.get("ruleSet");
                if (set == null || !set.isString()) {
                    throw Problem.badRequest("externalRules[" + (i - 1) + "].ruleSet: the shapes as a string (text, or base64 with embeddingMethod BASE64)");
                }
                String how = text(rule, "embeddingMethod", "STRING").toUpperCase(Locale.ROOT);
                byte[] shapeBytes = switch (how) {
                    case "STRING" -> set.asString().getBytes(StandardCharsets.UTF_8);
                    case "BASE64" -> base64(set.asString());
                    case "URL" -> throw Problem.badRequest("externalRules embeddingMethod URL: fetching shapes from a URL is off on this server");
                    default -> throw Problem.badRequest("externalRules embeddingMethod: unknown method '" + how + "' (expected STRING or BASE64)");
                };
                String syntax = text(rule, "ruleSyntax", "text/turtle");
                shapes.add(sourceName(syntax).replace("contentToValidate", "externalRules-" + i), shapeBytes);
            }
        }
        Submission.Sources sources = new Submission.Sources(config.maxFiles());
        sources.add(sourceName(text(doc, "contentSyntax", null)), bytes);
        return new Submission(sources.list(), shapes.optional(), Submission.profile(text(doc, "validationType", null)),
                Submission.language(text(doc, "locale", null)), text(doc, "reportSyntax", null));
    }

    /** {@code contentToValidate} with the extension of its syntax, so the format registry reads it in that syntax. */
    private static String sourceName(String syntax) {
        if (syntax == null) {
            return "contentToValidate";
        }
        String s = syntax.strip().toLowerCase(Locale.ROOT);
        if (s.equals("application/n-quads")) {
            return "contentToValidate.nq";
        }
        String format = SYNTAXES.getOrDefault(s, s);
        return SourceFormats.all().stream().filter(f -> f.name().equals(format)).findFirst()
                .map(f -> "contentToValidate." + f.extensions().get(0))
                .orElseThrow(() -> Problem.unsupportedType("contentSyntax: govmeta does not read '" + syntax + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(SYNTAXES.keySet())) + ", application/n-quads)"));
    }

    /** The body, at most the request limit (a body without {@code Content-Length} is cut off there). */
    private byte[] body(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxRequestBytes() + 1));
            if (body.length > config.maxRequestBytes()) {
                throw Problem.tooLarge("the request body is larger than " + config.maxRequestBytes() + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw Problem.badRequest("the request body cannot be read: " + e.getMessage());
        }
    }

    private Problem multipartProblem(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("max")) {
                return Problem.tooLarge("the upload is larger than " + config.maxRequestBytes() + " bytes");
            }
        }
        return Problem.badRequest("the multipart form cannot be read");
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("contentToValidate is not valid base64: " + e.getMessage());
        }
    }

    private static String text(JsonNode doc, String field, String fallback) {
        JsonNode n = doc.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isString()) {
            throw Problem.badRequest(field + ": a string is expected");
        }
        return blankToNull(n.asString()) == null ? fallback : n.asString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
