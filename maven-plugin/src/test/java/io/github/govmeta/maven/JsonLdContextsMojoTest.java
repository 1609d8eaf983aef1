package io.github.govmeta.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The goal's {@code jsonldContexts}: a JSON-LD catalogue with a remote context is checked through a local copy. */
class JsonLdContextsMojoTest {
    private static final String GDC = "https://example.go.th/context/gdc.jsonld";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path project;

    @BeforeEach
    void catalogue() throws Exception {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, RDFDataMgr.loadModel(Path.of("..", "examples", "dcat", "invalid-catalog.ttl").toString()), Lang.JSONLD);
        ObjectNode doc = (ObjectNode) JSON.readTree(out.toString());
        JsonNode inline = doc.get("@context");
        doc.put("@context", GDC);
        Files.createDirectories(project.resolve("src/main/metadata"));
        Files.writeString(project.resolve("src/main/metadata/catalogue.jsonld"), JSON.writeValueAsString(doc));
        Files.createDirectories(project.resolve("src/main/jsonld"));
        Files.writeString(project.resolve("src/main/jsonld/gdc.jsonld"), JSON.writeValueAsString(JSON.createObjectNode().set("@context", inline)));
    }

    private ValidateMojo mojo() {
        ValidateMojo mojo = new ValidateMojo();
        mojo.basedir = project.toFile();
        mojo.sourceDirectory = project.resolve("src/main/metadata").toFile();
        mojo.outputDirectory = project.resolve("target/govmeta").toFile();
        mojo.lang = "en";
        mojo.formats = "json";
        return mojo;
    }

    @Test
    void aRemoteContextIsRefusedUntilMapped() throws Exception {
        assertThatThrownBy(mojo()::execute).isInstanceOf(MojoFailureException.class);
        assertThat(project.resolve("target/govmeta/govmeta.json")).content().contains("GOVMETA-INPUT-UNSAFE").doesNotContain("GDC-REQ-title");

        ValidateMojo mapped = mojo();
        mapped.jsonldContexts.setProperty(GDC, "src/main/jsonld/gdc.jsonld");
        assertThatThrownBy(mapped::execute).isInstanceOf(MojoFailureException.class);
        assertThat(project.resolve("target/govmeta/govmeta.json")).content().contains("GDC-REQ-title").doesNotContain("GOVMETA-INPUT-UNSAFE");
    }

    @Test
    void aMissingCopyFailsTheGoalNamingIt() {
        ValidateMojo mojo = mojo();
        mojo.jsonldContexts.setProperty(GDC, "src/main/jsonld/missing.jsonld");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(GDC).hasMessageContaining("missing.jsonld").hasMessageContaining("no such file");
    }
}
