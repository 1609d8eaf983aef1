package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.BuddhistEra;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds and loads profiles: the ones bundled in the jar ({@code govmeta/profiles/profiles.yaml}) and,
 * optionally, one from a folder on disk, which may extend a bundled one. Thread-safe; loaded profiles
 * are cached.
 */
public final class ProfileRepository {
    static final String BUNDLED_ROOT = "govmeta/profiles/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Profile> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The {@code id/version} folders of the bundled profiles, sorted. */
    public List<String> bundled() {
        Map<String, Object> index = Yaml.map(loadYaml(classpath(BUNDLED_ROOT + "profiles.yaml"), "profiles.yaml"), "profiles.yaml");
        return Yaml.stringList(index.get("profiles"), "profiles.yaml profiles").stream().sorted().toList();
    }

    /**
     * Resolves {@code id} (newest bundled version) or {@code id@version} to a bundled profile.
     *
     * @throws ProfileException when there is no such profile, naming the ones there are
     */
    public Profile bundled(String ref) {
        String id = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        String version = ref.contains("@") ? ref.substring(ref.indexOf('@') + 1) : null;
        List<String> candidates = bundled().stream()
                .filter(f -> f.startsWith(id + "/"))
                .filter(f -> version == null || f.equals(id + "/" + version))
                .sorted(Comparator.comparing(f -> new VersionKey(f.substring(f.indexOf('/') + 1))))
                .toList();
        if (candidates.isEmpty()) {
            throw new ProfileException("no profile '" + ref + "'; installed: "
                    + String.join(", ", bundled().stream().map(f -> f.replace('/', '@')).toList()));
        }
        String folder = candidates.get(candidates.size() - 1);
        Profile cached = cache.get(folder);
        if (cached != null) {
            return cached;
        }
        // Not computeIfAbsent: loading a profile loads its base, which would update the map from inside an update.
        Profile loaded = load(new ClasspathFolder(BUNDLED_ROOT + folder + "/"));
        Profile raced = cache.putIfAbsent(folder, loaded);
        return raced != null ? raced : loaded;
    }

    /** Loads the profile in {@code dir} (which holds a {@code profile.yaml}). */
    public Profile directory(Path dir) {
        if (!Files.isRegularFile(dir.resolve("profile.yaml"))) {
            throw new ProfileException(dir + " is not a profile folder (no profile.yaml)");
        }
        return load(new DiskFolder(dir));
    }

    private Profile load(ProfileFolder folder) {
        Map<String, Object> m = Yaml.map(loadYaml(folder.open("profile.yaml"), folder.describe("profile.yaml")),
                folder.describe("profile.yaml"));
        String where = folder.describe("profile.yaml");
        String id = Yaml.string(m, "id", where);
        String version = Yaml.string(m, "version", where);
        String extendsRef = m.get("extends") == null ? null : String.valueOf(m.get("extends"));
        Profile base = extendsRef == null ? null : bundled(extendsRef);

        Map<String, String> schemas = new LinkedHashMap<>(base == null ? Map.of() : base.schemas());
        String entryFile = Yaml.string(m, "entry", where);
        String entryId = null;
        List<String> files = new ArrayList<>(Yaml.stringList(m.get("schemas"), where + " schemas"));
        if (!files.contains(entryFile)) {
            files.add(entryFile);
        }
        for (String file : files) {
            String text = readText(folder.open(file));
            String schemaId = schemaId(text, folder.describe(file));
            schemas.put(schemaId, text);
            if (file.equals(entryFile)) {
                entryId = schemaId;
            }
        }
        RuleCatalog rules = RuleCatalog.read(folder.open(Yaml.string(m, "rules", where)),
                folder.describe(Yaml.string(m, "rules", where)), id);
        CanonicalizeSpec canonicalize = CanonicalizeSpec.read(Yaml.optMap(m.get("canonicalize"), where), where);
        if (base != null) {
            rules = base.rules().withSeverities(severities(m, where)).plus(rules);
            canonicalize = base.canonicalize().plus(canonicalize);
        }
        return new Profile(id, version, Yaml.optString(m, "status"), Yaml.text(m.get("title"), where + " title"),
                Yaml.optString(m, "source"), extendsRef, entryId, schemas, rules, canonicalize, folder.describe(""), folder, base,
                dcatForm(m, folder, id, version, where),
                m.containsKey("buddhistEra") ? buddhistEra(m.get("buddhistEra"), where + " buddhistEra")
                        : base == null ? BuddhistEra.NONE : base.buddhistEra(),
                Yaml.stringList(m.get("quality"), where + " quality"), Yaml.optString(m, "checks"));
    }

    /**
     * {@code buddhistEra: {offset: 543, years: [2400, 2999], christianYears: [1800, 2199]}}: the offset,
     * the leading years read as B.E., and the years read as C.E. where dates are compared.
     */
    private static BuddhistEra buddhistEra(Object o, String where) {
        Map<String, Object> m = Yaml.map(o, where);
        List<Integer> be = Yaml.intRange(m.get("years"), where + " years");
        List<Integer> ce = Yaml.intRange(m.get("christianYears"), where + " christianYears");
        if (be.get(0) <= ce.get(1) && ce.get(0) <= be.get(1)) {
            throw new ProfileException(where + ": the Buddhist-era years and the Christian-era years overlap");
        }
        return new BuddhistEra(Yaml.integer(m.get("offset"), where + " offset"), be.get(0), be.get(1), ce.get(0), ce.get(1));
    }

    /**
     * The DCAT files a manifest lists ({@code shapes}, {@code dcatMapping}, {@code parityExceptions}): in the
     * folder {@code shapesDir} names (relative to the profile folder) when it names one; else in the profile
     * folder itself; else in the parallel {@code shapes/<id>/<version>/} tree (bundled: {@code govmeta/shapes/};
     * in the repository: {@code shapes/} beside {@code schemas/}). A profile folder that carries its DCAT
     * files, or says where they are, works wherever it sits.
     */
    private static Profile.DcatForm dcatForm(Map<String, Object> m, ProfileFolder folder, String id, String version, String where) {
        List<String> shapes = Yaml.stringList(m.get("shapes"), where + " shapes");
        if (shapes.isEmpty()) {
            return null;
        }
        String shapesDir = Yaml.optString(m, "shapesDir");
        List<ProfileFolder> candidates = new ArrayList<>();
        if (!shapesDir.isEmpty()) {
            candidates.add(folder instanceof ClasspathFolder c ? new ClasspathFolder(java.net.URI.create("x:/" + c.prefix()).resolve(
                    shapesDir.endsWith("/") ? shapesDir : shapesDir + "/").getPath().substring(1))
                    : new DiskFolder(((DiskFolder) folder).dir().resolve(shapesDir).normalize()));
        } else {
            candidates.add(folder);
            candidates.add(folder instanceof ClasspathFolder
                    ? new ClasspathFolder("govmeta/shapes/" + id + "/" + version + "/")
                    : new DiskFolder(((DiskFolder) folder).dir().resolve("../../../shapes").resolve(id).resolve(version).normalize()));
        }
        for (ProfileFolder dir : candidates) {
            if (shapes.stream().allMatch(dir::exists)) {
                return new Profile.DcatForm(dir, shapes, Yaml.optString(m, "dcatMapping"), Yaml.optString(m, "parityExceptions"));
            }
        }
        throw new ProfileException(where + ": shapes file(s) " + String.join(", ", shapes.stream().filter(f -> !candidates.get(0).exists(f)).toList())
                + " not found (looked in " + String.join(" and ", candidates.stream().map(d -> d.describe("")).toList())
                + "); put the DCAT files beside profile.yaml, or name their folder with shapesDir: (relative to profile.yaml)");
    }

    /** An extension's {@code severities:} — base rules it re-levels (profile check refuses a lower one). */
    private static Map<String, io.github.govmeta.core.finding.Severity> severities(Map<String, Object> m, String where) {
        Map<String, io.github.govmeta.core.finding.Severity> out = new LinkedHashMap<>();
        Yaml.optMap(m.get("severities"), where + " severities")
                .forEach((id, level) -> out.put(id, io.github.govmeta.core.finding.Severity.parse(String.valueOf(level))));
        return out;
    }

    private static String schemaId(String text, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new ProfileException(where + ": not valid JSON: " + e.getMessage());
        }
        JsonNode id = node.get("$id");
        if (id == null || !id.isString()) {
            throw new ProfileException(where + ": a profile schema needs an absolute \"$id\"");
        }
        return id.asString();
    }

    private static Object loadYaml(InputStream in, String name) {
        try (in) {
            return new Load(LoadSettings.builder().setLabel(name).build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ProfileException(name + ": " + e.getMessage(), e);
        }
    }

    private static String readText(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream classpath(String path) {
        InputStream in = ProfileRepository.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new ProfileException("missing bundled resource " + path);
        }
        return in;
    }

    private record ClasspathFolder(String prefix) implements ProfileFolder {
        public InputStream open(String file) {
            return classpath(prefix + file);
        }

        public String describe(String file) {
            return "bundled:" + prefix.substring("govmeta/".length()) + file;
        }

        public boolean exists(String file) {
            return ProfileRepository.class.getClassLoader().getResource(prefix + file) != null;
        }
    }

    private record DiskFolder(Path dir) implements ProfileFolder {
        public InputStream open(String file) {
            try {
                return Files.newInputStream(dir.resolve(file));
            } catch (NoSuchFileException e) {
                throw new ProfileException(describe(file) + ": no such file");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String describe(String file) {
            return dir.resolve(file).toString();
        }

        public boolean exists(String file) {
            return Files.isRegularFile(dir.resolve(file));
        }
    }

    /** Orders versions numerically part by part ({@code 1.10.0 > 1.9.0}). */
    private record VersionKey(String version) implements Comparable<VersionKey> {
        public int compareTo(VersionKey o) {
            String[] a = version.split("[.-]");
            String[] b = o.version.split("[.-]");
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                String x = i < a.length ? a[i] : "0";
                String y = i < b.length ? b[i] : "0";
                int c = x.matches("\\d+") && y.matches("\\d+")
                        ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }

}
