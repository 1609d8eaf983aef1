package io.github.govmeta.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The job's jar as a cluster gets it: bounded in size, without what the cluster provides (Spark, Scala,
 * Hadoop, SLF4J), and with every library that Spark's classpath also has relocated under
 * {@code io.github.govmeta.shaded}; the tests of this module run from it.
 */
class ShadedJarIT {
    static final Path JAR = Path.of("target/govmeta-spark.jar");
    /** The size the README states; a new dependency that crosses it is a decision, not an accident. */
    static final long MAX_BYTES = 24L * 1024 * 1024;

    @Test
    void theJarIsBoundedAndHoldsNothingThatClashesWithSparksClasspath() throws Exception {
        assertThat(Files.size(JAR)).isLessThan(MAX_BYTES);
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> classes = jar.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/")).toList();
            assertThat(classes).anyMatch(n -> n.startsWith("io/github/govmeta/core/"))
                    .anyMatch(n -> n.startsWith("io/github/govmeta/shaded/org/apache/commons/lang3/"))
                    .anyMatch(n -> n.startsWith("io/github/govmeta/shaded/org/roaringbitmap/"))
                    .anyMatch(n -> n.startsWith("io/github/govmeta/shaded/com/fasterxml/jackson/annotation/"));
            assertThat(classes).allMatch(n -> n.startsWith("io/github/govmeta/") || n.startsWith("org/apache/jena/")
                    || n.startsWith("com/networknt/") || n.startsWith("org/snakeyaml/") || n.startsWith("org/jspecify/"),
                    "only govmeta, relocated libraries and libraries Spark does not have");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(GovmetaSparkJob.class.getName());
        }
        // the classes under test are the jar's own
        assertThat(Path.of(GovmetaSparkJob.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName())
                .hasToString("govmeta-spark.jar");
        assertThat(Class.forName("io.github.govmeta.shaded.org.apache.commons.lang3.StringUtils")).isNotNull();
    }
}
