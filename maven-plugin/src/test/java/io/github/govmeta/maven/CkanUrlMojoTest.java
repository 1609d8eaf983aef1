package io.github.govmeta.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's {@code ckanUrl}: refused without {@code allowNetwork} (nothing sent), read page by page with it. */
class CkanUrlMojoTest {
    @TempDir
    Path project;

    private HttpServer portal;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        String results = String.join(",", Files.readAllLines(Path.of("..", "examples", "dumps", "catalog-bma.jsonl")).stream()
                .filter(l -> !l.isBlank()).toList());
        byte[] body = ("{\"success\": true, \"result\": {\"count\": 8, \"results\": [" + results + "]}}").getBytes(StandardCharsets.UTF_8);
        portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        portal.createContext("/api/3/action/package_search", x -> {
            requests.add(x.getRequestURI().toString());
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        portal.start();
    }

    @AfterEach
    void stop() {
        portal.stop(0);
    }

    private ValidateMojo mojo() {
        ValidateMojo mojo = new ValidateMojo();
        mojo.basedir = project.toFile();
        mojo.sourceDirectory = project.resolve("src/main/metadata").toFile();
        mojo.outputDirectory = project.resolve("target/govmeta").toFile();
        mojo.ckanUrl = "http://127.0.0.1:" + portal.getAddress().getPort();
        mojo.ckanOrganization = "bma";
        mojo.lang = "en";
        return mojo;
    }

    @Test
    void refusedWithoutAllowNetwork() {
        assertThatThrownBy(mojo()::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("--allow-network");
        assertThat(requests).isEmpty();
    }

    @Test
    void readsThePortal() {
        ValidateMojo mojo = mojo();
        mojo.allowNetwork = true;
        mojo.allowPrivateUrls = true;
        mojo.formats = "json";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("8 datasets");
        assertThat(requests).singleElement().asString().contains("fq=organization%3Abma");
        assertThat(project.resolve("target/govmeta/govmeta.json")).content().contains("GDC-FORMAT-maintainer_email");
    }
}
