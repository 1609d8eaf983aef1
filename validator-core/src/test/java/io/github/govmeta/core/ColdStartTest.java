package io.github.govmeta.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * What a run loads is what it needs: a run over CKAN JSON does not initialise Jena (its system, RDF parsers,
 * SHACL, the JSON-LD reader) nor compile the configuration schema when there is no configuration file, so the
 * command line starts fast on the common case. Each run happens in a fresh class loader over the test class
 * path, which is asked afterwards which classes it loaded; a DCAT source in the same loader after the CKAN one
 * proves the probe sees Jena when it is used, and that RDF still works once the CKAN run has gone first.
 */
class ColdStartTest {
    private static final Path EXAMPLES = TestRecords.ROOT.resolve("examples");
    private static final List<String> RDF_MACHINERY = List.of("org.apache.jena.sys.JenaSystem",
            "org.apache.jena.riot.RDFParser", "org.apache.jena.shacl.Shapes", "com.apicatalog.jsonld.JsonLd");
    private static final String CONFIG_SCHEMA = "govmeta/config.schema.json";

    @Test
    void aCkanRunLoadsNoRdfMachineryAndADcatRunAfterItStillWorks() throws Exception {
        try (Fresh loader = new Fresh()) {
            BiFunction<String, byte[], String> probe = loader.probe();

            String ckan = probe.apply("missing-title.json", Files.readAllBytes(EXAMPLES.resolve("invalid/missing-title.json")));
            assertThat(ckan).startsWith("1 ").contains("GDC-REQ-title");
            assertThat(loader.loaded("io.github.govmeta.core.Govmeta")).as("the probe ran in the fresh loader").isTrue();
            assertThat(RDF_MACHINERY).noneMatch(loader::loaded);
            assertThat(loader.resources).as("resources read").contains("govmeta/engine-rules.yaml").doesNotContain(CONFIG_SCHEMA);

            String dcat = probe.apply("catalog.ttl", Files.readAllBytes(EXAMPLES.resolve("dcat/invalid-catalog.ttl")));
            assertThat(dcat).startsWith("1 ").contains("GDC-");
            assertThat(loader.loaded("org.apache.jena.sys.JenaSystem")).isTrue();
            assertThat(loader.loaded("org.apache.jena.shacl.Shapes")).isTrue();
        }
    }

    /** Runs one in-memory source through the facade, without a configuration file: "EXIT-CODE RULE-ID...". */
    public static final class Probe implements BiFunction<String, byte[], String> {
        @Override
        public String apply(String name, byte[] content) {
            List<String> rules = new java.util.ArrayList<>();
            ValidationResult result = Govmeta.validate(ValidationRequest.builder(Path.of("").toAbsolutePath()).noConfig(true)
                    .timing(false).source(name, content)
                    .listener(new io.github.govmeta.core.finding.FindingListener() {
                        @Override
                        public void onFinding(io.github.govmeta.core.finding.Finding f) {
                            rules.add(f.ruleId());
                        }
                    }).build());
            return result.status().code() + " " + String.join(" ", rules);
        }
    }

    /** A class loader of its own over the test class path (only the JDK's classes are shared). */
    private static final class Fresh extends URLClassLoader {
        final java.util.Set<String> resources = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Fresh() {
            super(urls(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        public URL getResource(String name) {
            resources.add(name);
            return super.getResource(name);
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        @SuppressWarnings("unchecked")
        BiFunction<String, byte[], String> probe() throws ReflectiveOperationException {
            return (BiFunction<String, byte[], String>) loadClass(Probe.class.getName()).getConstructor().newInstance();
        }

        private static URL[] urls() {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(p -> {
                try {
                    return new File(p).toURI().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
        }
    }
}
