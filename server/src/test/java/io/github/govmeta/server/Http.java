package io.github.govmeta.server;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A client of a server under test, over real HTTP on 127.0.0.1; thread-safe like {@link HttpClient}. */
final class Http {
    /** The repository's root (the examples live there). */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path EXAMPLES = ROOT.resolve("examples");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(GovmetaServer server) {
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** A part of a multipart form: a file when {@code fileName} is not null, else a field. */
    record Part(String name, String fileName, byte[] content) {
        static Part file(Path path) throws java.io.IOException {
            return new Part("file", path.getFileName().toString(), Files.readAllBytes(path));
        }

        static Part field(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) throws Exception {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> multipart(String path, List<Part> parts, String... headers) throws Exception {
        String boundary = "govmeta-" + UUID.randomUUID();
        return post(path, "multipart/form-data; boundary=" + boundary, form(boundary, parts), headers);
    }

    HttpResponse<String> json(String path, Map<String, ?> body, String... headers) throws Exception {
        return post(path, "application/json", tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(body), headers);
    }

    static byte[] form(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"\r\nContent-Type: application/octet-stream")
                    + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
