package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.ProfileFolder;
import io.github.govmeta.core.profile.JsonMergePatch;
import io.github.govmeta.core.canonical.Canonicalizer;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.RecordSink;
import io.github.govmeta.core.input.SourceFormat;
import io.github.govmeta.core.input.SourceFormats;
import io.github.govmeta.core.input.SourceReader;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.rdf.DcatConverter;
import io.github.govmeta.core.quality.QualityCases;
import io.github.govmeta.core.quality.QualityModels;
import io.github.govmeta.core.rdf.DcatMapping;
import io.github.govmeta.core.shacl.ShaclCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A profile as {@code profile check} sees it: its folder's files, each read (with positions) or parsed
 * at most once, on first use, and shared by every {@link ProfileCheck}; the compiled engine likewise.
 * A file that cannot be read or parsed is reported once, through the run's {@link ProfileFindings}, and
 * then looks absent to the checks. One instance per run; not thread-safe.
 */
final class CheckedProfile {
    /** The prefixes a DCAT example's Turtle may use without declaring them. */
    private static final String CASE_PREFIXES = "@prefix dcat: <http://www.w3.org/ns/dcat#> . "
            + "@prefix dct: <http://purl.org/dc/terms/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> . "
            + "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

    private final Profile profile;
    private final ProfileFindings findings;
    private final SourceReader reader = new SourceReader(InputLimits.DEFAULT);
    private final Set<String> filesRead = new TreeSet<>();
    private final Map<String, Optional<SourceRecord>> docs = new HashMap<>();
    private JsonNode manifest;
    private Map<String, SourceRecord> schemas;
    private List<ShapesFile> shapes;
    private List<RuleTests> tests;
    private Compiled compiled;
    private ShaclCheck shacl;
    private DcatMapping mapping;
    private ProfileException mappingError;
    private final Map<String, byte[]> qualityFiles = new HashMap<>();
    private CheckedProfile base;
    private int qualityCases;

    CheckedProfile(Profile profile, ProfileFindings findings) {
        this.profile = profile;
        this.findings = findings;
    }

    Profile profile() {
        return profile;
    }

    ProfileFolder folder() {
        return profile.folder();
    }

    /** The manifest as written ({@code profile.yaml}), for what the loaded {@link Profile} does not keep. */
    JsonNode manifest() {
        if (manifest == null) {
            manifest = read("profile.yaml", SourceFormats.named("yaml")).map(SourceRecord::node)
                    .orElse(JsonNodeFactory.instance.objectNode());
        }
        return manifest;
    }

    /** The profile's own schema files (its {@code schemas} and {@code entry}), by file name, sorted. */
    Map<String, SourceRecord> schemas() {
        if (schemas == null) {
            List<String> files = new ArrayList<>();
            manifest().path("schemas").forEach(f -> files.add(f.asString()));
            String entry = manifest().path("entry").asString("");
            if (!entry.isEmpty() && !files.contains(entry)) {
                files.add(entry);
            }
            schemas = new TreeMap<>();
            for (String file : files) {
                read(file, SourceFormats.named("json")).ifPresent(doc -> schemas.put(file, doc));
            }
        }
        return schemas;
    }

    /** The rule catalogue's file name, relative to the folder. */
    String rulesFile() {
        return manifest().path("rules").asString("rules.yaml");
    }

    Optional<SourceRecord> rulesDoc() {
        return read(rulesFile(), SourceFormats.named("yaml"));
    }

    /** The ids of the rules this profile defines itself (not its bases'), sorted. */
    Set<String> ownRules() {
        Set<String> ids = new TreeSet<>();
        profile.rules().all().stream().filter(r -> r.profile().equals(profile.id())).forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** The ids of every rule the profile and its bases define, sorted. */
    Set<String> knownRules() {
        Set<String> ids = new TreeSet<>();
        profile.rules().all().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** The base rules an extension declares it loosens ({@code loosens}: rule id prefixes). */
    List<String> loosens() {
        List<String> out = new ArrayList<>();
        manifest().path("loosens").forEach(v -> out.add(v.asString()));
        return out;
    }

    /**
     * A shapes file of the profile's own DCAT form, parsed.
     *
     * @param shown its name as shown in findings
     * @param text  its text, for the lines of findings (Jena keeps no positions)
     * @param graph its triples, or null when it is not valid Turtle
     * @param error the parser's message when it is not, else null
     */
    record ShapesFile(String shown, String text, Graph graph, String error) {
        /** The 1-based line of the first occurrence of {@code snippet}, or 0. */
        int lineOf(String snippet) {
            int at = text.indexOf(snippet);
            return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }
    }

    /** The profile's own shapes files (none without a DCAT form), each parsed once. */
    List<ShapesFile> shapes() {
        if (shapes == null) {
            shapes = parse(profile.dcat());
        }
        return shapes;
    }

    /** The shapes files of the profile and its bases, base first (as the engine merges them). */
    List<ShapesFile> chainShapes() {
        List<ShapesFile> all = new ArrayList<>(base() == null ? List.of() : base().chainShapes());
        all.addAll(shapes());
        return all;
    }

    /** The base profile's files, read as this profile's are (once, on first use), or null without a base. */
    CheckedProfile base() {
        if (base == null && profile.base() != null) {
            base = new CheckedProfile(profile.base(), findings);
        }
        return base;
    }

    private static List<ShapesFile> parse(Profile.DcatForm dcat) {
        List<ShapesFile> shapes = new ArrayList<>();
        for (String file : dcat == null ? List.<String>of() : dcat.shapes()) {
            String shown = dcat.folder().describe(file);
            String text;
            try (InputStream in = dcat.folder().open(file)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Graph g = GraphFactory.createDefaultGraph();
            try {
                RDFParser.create().fromString(text).lang(Lang.TURTLE).parse(g);
                shapes.add(new ShapesFile(shown, text, g, null));
            } catch (RiotException e) {
                shapes.add(new ShapesFile(shown, text, null, e.getMessage()));
            }
        }
        return shapes;
    }

    /**
     * The CKAN → DCAT mapping of the profile and its bases, read once.
     *
     * @throws ProfileException (the same one on every call) when a mapping file is malformed
     */
    DcatMapping mapping() {
        if (mapping == null && mappingError == null) {
            try {
                mapping = DcatMapping.of(profile);
            } catch (ProfileException e) {
                mappingError = e;
            }
        }
        if (mappingError != null) {
            throw mappingError;
        }
        return mapping;
    }

    /**
     * The profile's quality models, read with the mapping above and each model file read once.
     *
     * @throws ProfileException when a model (or the mapping it reads) is malformed
     */
    QualityModels qualityModels() {
        DcatMapping m = profile.hasDcatMapping() ? mapping() : null;
        return QualityModels.of(profile, m, (folder, file) -> new ByteArrayInputStream(qualityFile(folder, file)));
    }

    /** A quality model file's bytes (of the profile or of the base that states the models), read once. */
    byte[] qualityFile(ProfileFolder folder, String file) {
        return qualityFiles.computeIfAbsent(folder.describe(file), k -> {
            try (InputStream in = folder.open(file)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether the profile's mapping (its bases' included) can be read; false too when it has none. */
    boolean mappingReadable() {
        try {
            mapping();
            return true;
        } catch (ProfileException e) {
            return false;
        }
    }

    /**
     * The profile compiled for validation, and its base when it has one.
     *
     * @param validator the profile's engine, or null when it does not compile
     * @param base      the base profile's engine, or null
     * @param error     why it does not compile, or null
     */
    record Compiled(GovmetaValidator validator, GovmetaValidator base, String error) {}

    Compiled compiled() {
        if (compiled == null) {
            try {
                ValidatorConfig config = ValidatorConfig.builder().build();
                compiled = new Compiled(GovmetaValidator.forProfile(profile, config),
                        profile.base() == null ? null : GovmetaValidator.forProfile(profile.base(), config), null);
            } catch (ProfileException e) {
                compiled = new Compiled(null, null, e.getMessage());
            }
        }
        return compiled;
    }

    /**
     * One example of a rule's test file ({@code tests/RULE.yaml}, {@code cases[index]}).
     *
     * @param node        the case as written
     * @param name        its name, or {@code #n}
     * @param at          where it starts
     * @param expect      the rule ids it expects, sorted
     * @param rdf         whether it is a DCAT example (Turtle in {@code rdf})
     * @param record      the CKAN dataset it describes (its base with its patch), or null when it has none
     * @param missingBase the base dataset file it names and the profile lacks, or null
     * @param others      the further datasets of a catalog case ({@code records:}), checked with it as one catalog
     */
    record Case(JsonNode node, String name, Position at, List<String> expect, boolean rdf, JsonNode record,
                String missingBase, List<JsonNode> others) {
        /** Whether there is something to run: a CKAN dataset, or Turtle. */
        boolean runnable() {
            return record != null || rdf;
        }
    }

    /**
     * The examples of one rule the profile defines.
     *
     * @param ruleId the rule
     * @param file   its test file, relative to the folder
     * @param exists whether the test file could be read
     * @param cases  its cases, in file order
     */
    record RuleTests(String ruleId, String file, boolean exists, List<Case> cases) {}

    /** The examples of every rule the profile defines, by rule id. */
    List<RuleTests> tests() {
        if (tests == null) {
            tests = new ArrayList<>();
            for (String id : ownRules()) {
                String file = "tests/" + id + ".yaml";
                Optional<SourceRecord> doc = folder().exists(file) ? read(file, SourceFormats.named("yaml")) : Optional.empty();
                List<Case> cases = new ArrayList<>();
                JsonNode all = doc.map(d -> d.node().path("cases")).orElse(null);
                for (int i = 0; all != null && i < all.size(); i++) {
                    cases.add(toCase(all.get(i), i, doc.get().positions().find("/cases/" + i)));
                }
                tests.add(new RuleTests(id, file, doc.isPresent(), List.copyOf(cases)));
            }
        }
        return tests;
    }

    private Case toCase(JsonNode c, int index, Position at) {
        List<String> expect = new ArrayList<>();
        c.path("expect").forEach(v -> expect.add(v.asString()));
        expect.sort(null);
        boolean rdf = c.has("rdf");
        JsonNode record = null;
        String[] missing = {null};
        if (!rdf || c.has("base")) {
            record = dataset(c, missing);
        }
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode r : c.path("records")) {
            JsonNode other = dataset(r, missing);
            if (other != null) {
                others.add(other);
            }
        }
        return new Case(c, c.path("name").asString("#" + (index + 1)), at, List.copyOf(expect), rdf, record, missing[0],
                List.copyOf(others));
    }

    /** {@code base} with {@code patch} applied, or null (and the base file named in {@code missing}) without it. */
    private JsonNode dataset(JsonNode c, String[] missing) {
        String baseFile = "tests/base/" + c.path("base").asString("") + ".json";
        if (!folder().exists(baseFile)) {
            missing[0] = baseFile;
            return null;
        }
        return read(baseFile, SourceFormats.named("json")).map(b -> JsonMergePatch.apply(b.node(), c.path("patch"))).orElse(null);
    }

    /**
     * The rule ids the profile gives a CKAN case, sorted: the case's dataset, and the further ones of a
     * catalog case checked with it as one catalog; on the day the case ({@code today}) or the profile's
     * examples ({@code examplesToday} in {@code profile.yaml}) name, under the agency policy
     * ({@code policy}) and export target ({@code target}) the case names.
     */
    List<String> ckanRuleIds(Case c) {
        GovmetaValidator validator = compiled().validator();
        String today = c.node().path("today").asString(manifest().path("examplesToday").asString(""));
        JsonNode policy = c.node().path("policy");
        String target = c.node().path("target").asString(null);
        if (!today.isEmpty() || policy.isObject() || target != null) {
            validator = validator.with(ValidatorConfig.builder()
                    .today(today.isEmpty() ? java.time.LocalDate.now() : java.time.LocalDate.parse(today))
                    .policy(policy(policy)).target(target).build());
        }
        List<SourceRecord> records = new ArrayList<>();
        records.add(new SourceRecord("case", 0, c.record(), new PositionIndex()));
        for (JsonNode other : c.others()) {
            records.add(new SourceRecord("case", records.size(), other, new PositionIndex()));
        }
        List<String> ids = new ArrayList<>();
        validator.checkCatalog(records).forEach(f -> ids.add(f.ruleId()));
        ids.sort(null);
        return ids;
    }

    private static io.github.govmeta.core.checks.AgencyPolicy policy(JsonNode p) {
        if (!p.isObject()) {
            return null;
        }
        java.util.function.Function<String, List<String>> list = key -> {
            if (!p.has(key)) {
                return null;
            }
            List<String> out = new ArrayList<>();
            p.get(key).forEach(v -> out.add(v.asString()));
            return out;
        };
        return new io.github.govmeta.core.checks.AgencyPolicy(p.has("reviewPeriodMonths") ? p.get("reviewPeriodMonths").asInt() : null,
                list.apply("contactDomains"), list.apply("publicLevels"), list.apply("requiredRoles"));
    }

    /** A base dataset of the examples, {@code tests/base/NAME.json} of the profile's folder, or empty. */
    Optional<JsonNode> testBase(String name) {
        String file = "tests/base/" + name + ".json";
        return folder().exists(file) ? read(file, SourceFormats.named("json")).map(SourceRecord::node) : Optional.empty();
    }

    /** The quality models' cases of the profile's own folder ({@value QualityCases#FILE}), with positions, or empty. */
    Optional<SourceRecord> qualityCasesDoc() {
        return folder().exists(QualityCases.FILE) ? read(QualityCases.FILE, SourceFormats.named("yaml")) : Optional.empty();
    }

    /**
     * Whether a case can run: it has something to run, and a DCAT case on a CKAN dataset needs the mapping
     * to read (when it does not, the mapping check reports why).
     */
    boolean runs(Case c) {
        return c.runnable() && !(c.rdf() && c.record() != null && !mappingReadable());
    }

    /** The number of examples run: the rules' and the quality models' cases. */
    int examples() {
        return (int) tests().stream().flatMap(t -> t.cases().stream()).filter(this::runs).count() + qualityCases;
    }

    /** Counts quality model cases run, for {@link #examples()}. */
    void countQualityCases(int n) {
        qualityCases += n;
    }

    /** The rule ids a validator gives a CKAN dataset, sorted. */
    static List<String> ruleIds(GovmetaValidator validator, JsonNode record) {
        List<String> ids = new ArrayList<>();
        for (Finding f : validator.check(new SourceRecord("case", 0, record, new PositionIndex()))) {
            ids.add(f.ruleId());
        }
        ids.sort(null);
        return ids;
    }

    /**
     * The rule ids of a DCAT example, sorted: its Turtle (common prefixes predefined) added to the DCAT
     * conversion of its base dataset, when it has one, checked with the profile's shapes.
     */
    List<String> dcatRuleIds(Case c) {
        if (shacl == null) {
            shacl = ShaclCheck.of(profile, compiled().validator().rules(), List.of(), List.of());
        }
        Graph g = GraphFactory.createDefaultGraph();
        if (c.record() != null) {
            new DcatConverter(mapping()).add(g, new Canonicalizer(profile.canonicalize()).canonicalize(c.record()).node(), 0);
        }
        RDFParser.create().fromString(CASE_PREFIXES + c.node().path("rdf").asString("")).lang(Lang.TURTLE).parse(g);
        ShaclCheck.Result result = shacl.check(g, "case");
        List<String> ids = new ArrayList<>();
        result.byDataset().values().forEach(l -> l.forEach(f -> ids.add(f.ruleId())));
        result.others().forEach(f -> ids.add(f.ruleId()));
        ids.sort(null);
        return ids;
    }

    /** The number of distinct profile files read so far. */
    int filesRead() {
        return filesRead.size();
    }

    /** Reads a profile file with positions, once; problems become findings and the file looks absent. */
    private Optional<SourceRecord> read(String file, SourceFormat format) {
        Optional<SourceRecord> known = docs.get(file);
        if (known != null) {
            return known;
        }
        filesRead.add(file);
        List<SourceRecord> records = new ArrayList<>();
        reader.read(new InputSource(folder().describe(file), format, () -> folder().open(file)), new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                records.add(record);
            }

            @Override
            public void problem(InputProblem p) {
                findings.addAt(p.ruleId(), folder().describe(file), p.position(), new LinkedHashMap<>(p.args()));
            }
        });
        Optional<SourceRecord> doc = records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
        docs.put(file, doc);
        return doc;
    }
}
