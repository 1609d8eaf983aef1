package io.github.govmeta.core.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The answers of a run kept in a folder, so the run can be repeated — and audited — offline: per request
 * ({@code method} and URL) a {@code KEY.properties} (URL, final URL after redirects, status, content type)
 * and a {@code KEY.body}, {@code KEY} being the SHA-256 of the request. Each file is written through a
 * temporary file and renamed, so a cache never holds half an answer. Thread-safe.
 */
final class OfflineCache {
    private final Path folder;

    OfflineCache(Path folder) {
        this.folder = folder;
    }

    /** The answer kept for the request, or null. */
    HttpFetcher.Response read(String method, URI uri) {
        String key = key(method, uri);
        Path meta = folder.resolve(key + ".properties");
        Path body = folder.resolve(key + ".body");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(body)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return new HttpFetcher.Response(uri, URI.create(p.getProperty("finalUrl", uri.toString())),
                    Integer.parseInt(p.getProperty("status", "200")), p.getProperty("contentType", ""),
                    Files.readAllBytes(body), true);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps an answer (the body first, so a listed answer always has its body). */
    void write(String method, HttpFetcher.Response r) {
        String key = key(method, r.uri());
        Properties p = new Properties();
        p.setProperty("method", method);
        p.setProperty("url", r.uri().toString());
        p.setProperty("finalUrl", r.finalUri().toString());
        p.setProperty("status", Integer.toString(r.status()));
        p.setProperty("contentType", r.contentType());
        try {
            Files.createDirectories(folder);
            atomically(folder.resolve(key + ".body"), out -> out.write(r.body()));
            atomically(folder.resolve(key + ".properties"), out -> p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    "govmeta offline cache: " + method + " " + r.uri()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the offline cache " + folder + ": " + e.getMessage(), e);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void atomically(Path target, Writing writing) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".govmeta-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writing.to(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String key(String method, URI uri) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((method + " " + uri).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
