package io.github.govmeta.core.engine;

import io.github.govmeta.core.canonical.Canonicalizer;
import io.github.govmeta.core.checks.ProfileChecks;
import io.github.govmeta.core.jsonschema.JsonSchemaCheck;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileRepository;
import io.github.govmeta.core.profile.RuleCatalog;
import io.github.govmeta.core.shacl.ShaclCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Compiled profiles shared by every validator of the JVM: a server's requests or a Spark executor's tasks
 * load and compile a profile once. A bundled profile is keyed by its reference; a profile folder by its
 * path and the digest of its files' names and contents, so an edited folder is read afresh. Thread-safe.
 */
final class CompiledProfiles {
    private static final Map<String, CompiledProfile> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_ENTRIES = 64;

    private CompiledProfiles() {}

    /**
     * @throws io.github.govmeta.core.profile.ProfileException when the profile cannot be found or read
     */
    static CompiledProfile load(String ref, Path directory) {
        String key = directory == null ? "bundled:" + ref : "dir:" + directory.toAbsolutePath().normalize() + "#" + digest(directory);
        CompiledProfile cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        ProfileRepository profiles = new ProfileRepository();
        CompiledProfile compiled = new CompiledProfile(directory == null ? profiles.bundled(ref) : profiles.directory(directory));
        if (CACHE.size() >= MAX_ENTRIES) {
            CACHE.clear();
        }
        CompiledProfile raced = CACHE.putIfAbsent(key, compiled);
        return raced != null ? raced : compiled;
    }

    /**
     * A profile with what is compiled from it once: the rules (the profile's and the engine's), the
     * canonicaliser, the JSON Schema check and the profile's other checks; the SHACL check of the profile's own shapes is compiled at
     * its first use. Immutable and thread-safe.
     */
    static final class CompiledProfile {
        final Profile profile;
        final RuleCatalog rules;
        final Canonicalizer canonicalizer;
        final JsonSchemaCheck schemaCheck;
        final ProfileChecks checks;
        private volatile ShaclCheck shapes;

        CompiledProfile(Profile profile) {
            this.profile = profile;
            this.rules = profile.rules().plus(EngineRules.catalog());
            this.canonicalizer = new Canonicalizer(profile.canonicalize());
            this.schemaCheck = new JsonSchemaCheck(profile, rules);
            this.checks = ProfileChecks.of(profile, rules);
        }

        /** The SHACL check of the profile's own shapes and no others. */
        ShaclCheck shapes() {
            ShaclCheck s = shapes;
            if (s == null) {
                synchronized (this) {
                    if (shapes == null) {
                        shapes = ShaclCheck.of(profile, rules, List.of(), List.of());
                    }
                    s = shapes;
                }
            }
            return s;
        }
    }

    /** SHA-256 of every regular file's relative name and bytes, in name order; "absent" for a missing folder. */
    private static String digest(Path directory) {
        if (!Files.isDirectory(directory)) {
            return "absent";
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                md.update(directory.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
