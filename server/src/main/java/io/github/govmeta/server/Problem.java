package io.github.govmeta.server;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request the server will not validate, answered as an RFC 9457 problem document ({@code type},
 * {@code title}, {@code status}, {@code detail}). Thrown by the request readers and caught by the one
 * exception handler of the server; the message is the detail, and no stack trace ever reaches a client.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The media type of a problem document (RFC 9457 section 3). */
    static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int status;
    private final String type;
    private final String title;
    private final transient Map<String, String> headers;

    private Problem(int status, String type, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    /** 400: the request itself cannot be read (malformed JSON, a missing field, bad base64, an unknown option). */
    static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "The request cannot be read", detail, Map.of());
    }

    /** 404: no such page, rule or profile. */
    static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail, Map.of());
    }

    /** 405: a method the resource does not answer. */
    static Problem methodNotAllowed(String detail) {
        return new Problem(405, "method-not-allowed", "Method not allowed", detail, Map.of());
    }

    /** 413: the request is larger, or has more files, than the server accepts. */
    static Problem tooLarge(String detail) {
        return new Problem(413, "too-large", "The request is too large", detail, Map.of());
    }

    /** 415: a request body or content syntax the server does not read. */
    static Problem unsupportedType(String detail) {
        return new Problem(415, "unsupported-media-type", "Unsupported media type", detail, Map.of());
    }

    /** 422: a readable request that cannot be validated (a file that is not metadata, an unknown profile). */
    static Problem unprocessable(String detail) {
        return new Problem(422, "unprocessable", "The content cannot be validated", detail, Map.of());
    }

    /** 503: every validation slot is taken, or a validation ran out of time; try again after {@code retryAfterSeconds}. */
    static Problem busy(String detail, long retryAfterSeconds) {
        return new Problem(503, "busy", "The server is busy", detail, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** 500: a defect of the server; the detail names no internals. */
    static Problem internal() {
        return new Problem(500, "internal", "Internal error", "the server met an internal error; the request was not validated", Map.of());
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    /** Headers the answer carries besides the problem, e.g. {@code Retry-After}. */
    Map<String, String> headers() {
        return headers;
    }

    /** The problem document. */
    String toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "urn:govmeta:problem:" + type);
        doc.put("title", title);
        doc.put("status", status);
        doc.put("detail", getMessage());
        return JSON.writeValueAsString(doc);
    }
}
