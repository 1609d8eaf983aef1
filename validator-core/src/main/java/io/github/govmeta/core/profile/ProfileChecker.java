package io.github.govmeta.core.profile;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.govmeta.core.config.DidYouMean;
import io.github.govmeta.core.engine.EngineRules;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Location;
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
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The standards office's check of a profile ({@code govmeta profile check}): every schema is valid
 * against the JSON Schema 2020-12 meta-schema; every {@code $ref} resolves inside the profile; the rule
 * ids the schemas use and the rule catalogue agree; every rule has a failing and a passing example; every
 * example yields exactly the findings it expects; and an extension's valid examples stay valid under its
 * base unless the extension declares that it loosens it. Findings point into the profile's files.
 */
public final class ProfileChecker {
    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    private final Profile profile;
    private final ProfileFolder folder;
    private final List<Finding> findings = new ArrayList<>();
    private final SourceReader reader = new SourceReader(InputLimits.DEFAULT);

    private ProfileChecker(Profile profile) {
        this.profile = profile;
        this.folder = profile.folder();
    }

    /** Every problem of the profile, sorted; empty when it is sound. */
    public static List<Finding> check(Profile profile) {
        return run(profile).findings();
    }

    /**
     * What a check found and covered.
     *
     * @param findings every problem, sorted
     * @param files    the profile files read
     * @param examples the examples (test cases) run
     */
    public record Report(List<Finding> findings, int files, int examples) {}

    public static Report run(Profile profile) {
        ProfileChecker c = new ProfileChecker(profile);
        c.run();
        c.findings.sort(Finding.ORDER);
        return new Report(List.copyOf(c.findings), c.filesRead.size(), c.examplesRun);
    }

    private final Set<String> filesRead = new TreeSet<>();
    private int examplesRun;

    private void run() {
        Map<String, JsonNode> ownSchemas = new TreeMap<>();
        Map<String, SourceRecord> ownFiles = new TreeMap<>();
        for (String file : schemaFiles()) {
            SourceRecord doc = read(file, SourceFormats.named("json"));
            if (doc == null) {
                continue;
            }
            ownFiles.put(file, doc);
            ownSchemas.put(doc.node().path("$id").asString(""), doc.node());
            for (Error e : META_SCHEMA.validate(doc.node())) {
                String pointer = pointer(e.getInstanceLocation());
                add("GOVMETA-PROFILE-SCHEMA", file, doc.positions().find(pointer),
                        Map.of("pointer", pointer.isEmpty() ? "/" : pointer, "detail", e.getMessage()));
            }
        }
        Map<String, Position> usedRules = new TreeMap<>();
        ownFiles.forEach((file, doc) -> walk(file, doc, doc.node(), "", usedRules));
        shapeRules = shapeRules();
        checkCatalogue(usedRules);
        GovmetaValidator validator;
        GovmetaValidator base;
        try {
            validator = GovmetaValidator.forProfile(profile, ValidatorConfig.builder().build());
            base = profile.base() == null ? null : GovmetaValidator.forProfile(profile.base(), ValidatorConfig.builder().build());
        } catch (ProfileException e) {
            if (findings.isEmpty()) {
                add("GOVMETA-PROFILE-SCHEMA", "profile.yaml", Position.UNKNOWN, Map.of("pointer", "/", "detail", e.getMessage()));
            }
            return;
        }
        checkCases(validator, base);
        checkSeverities();
        checkDcat();
    }

    /**
     * The DCAT form: every shapes file is valid SHACL (against the W3C SHACL-for-SHACL shapes), its rule ids
     * are in the catalogue, the mapping covers every dataset field or says why not, and the parity
     * exceptions name existing rules.
     */
    private void checkDcat() {
        Profile.DcatForm dcat = profile.dcat();
        if (dcat == null) {
            return;
        }
        org.apache.jena.shacl.Shapes shsh;
        try (InputStream in = ProfileChecker.class.getClassLoader().getResourceAsStream("std/shacl-shacl.ttl")) {
            org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            org.apache.jena.riot.RDFParser.create().source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
            shsh = org.apache.jena.shacl.Shapes.parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> known = new TreeSet<>();
        profile.rules().all().forEach(r -> known.add(r.id()));
        for (String file : dcat.shapes()) {
            org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            try (InputStream in = dcat.folder().open(file)) {
                org.apache.jena.riot.RDFParser.create().source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (org.apache.jena.riot.RiotException e) {
                addAt("GOVMETA-PROFILE-SHAPES", dcat.folder().describe(file), Position.UNKNOWN, Map.of("detail", e.getMessage()));
                continue;
            }
            for (var entry : org.apache.jena.shacl.ShaclValidator.get().validate(shsh, g).getEntries()) {
                addAt("GOVMETA-PROFILE-SHAPES", dcat.folder().describe(file), Position.UNKNOWN,
                        Map.of("detail", (entry.focusNode().isBlank() ? "" : entry.focusNode() + ": ") + entry.message()));
            }
            g.find(org.apache.jena.graph.Node.ANY, io.github.govmeta.core.rdf.Vocab.RULE, org.apache.jena.graph.Node.ANY)
                    .forEach(t -> {
                        String id = t.getObject().getLiteralLexicalForm();
                        if (!known.contains(id)) {
                            addAt("GOVMETA-PROFILE-RULE-UNKNOWN", dcat.folder().describe(file), Position.UNKNOWN,
                                    Map.of("value", id, "detail", DidYouMean.hint(id, known)));
                        }
                    });
        }
        if (!dcat.mapping().isEmpty()) {
            io.github.govmeta.core.rdf.DcatMapping mapping = io.github.govmeta.core.rdf.DcatMapping.of(profile);
            for (ProfileModel.Field f : ProfileModel.of(profile).fields()) {
                String key = f.path;
                boolean resources = key.equals("resources") || key.contains("[]");
                if (!resources && !mapping.fields().containsKey(key) && !mapping.unmapped().containsKey(key)) {
                    addAt("GOVMETA-PROFILE-MAPPING", dcat.folder().describe(dcat.mapping()), Position.UNKNOWN, Map.of("value", key));
                }
            }
        }
        if (!dcat.parityExceptions().isEmpty()) {
            try (InputStream in = dcat.folder().open(dcat.parityExceptions())) {
                Object doc = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                        .loadFromInputStream(in);
                Map<String, Object> parity = Yaml.map(doc, "parity");
                Set<String> listed = new TreeSet<>(Yaml.optMap(parity.get("exceptions"), "exceptions").keySet());
                listed.addAll(Yaml.optMap(parity.get("dcatOnly"), "dcatOnly").keySet());
                for (String id : listed) {
                    if (!known.contains(id)) {
                        addAt("GOVMETA-PROFILE-RULE-UNKNOWN", dcat.folder().describe(dcat.parityExceptions()), Position.UNKNOWN,
                                Map.of("value", id, "detail", DidYouMean.hint(id, known)));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** An extension may make a base rule stricter, never laxer. */
    private void checkSeverities() {
        if (profile.base() == null) {
            return;
        }
        for (Rule r : profile.base().rules().all()) {
            Rule mine = profile.rules().find(r.id()).orElse(null);
            if (mine != null && !mine.severity().atLeast(r.severity())) {
                add("GOVMETA-PROFILE-SEVERITY", "profile.yaml", Position.UNKNOWN, Map.of("value", r.id(),
                        "property", r.severity().id(), "other", mine.severity().id()));
            }
        }
    }

    private List<String> schemaFiles() {
        List<String> files = new ArrayList<>();
        try (var in = folder.open("profile.yaml")) {
            Object doc = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                    .loadFromInputStream(in);
            Map<String, Object> m = Yaml.map(doc, "profile.yaml");
            files.addAll(Yaml.stringList(m.get("schemas"), "profile.yaml schemas"));
            String entry = Yaml.optString(m, "entry");
            if (!entry.isEmpty() && !files.contains(entry)) {
                files.add(entry);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /** Collects x-rule ids and checks every $ref resolves. */
    private void walk(String file, SourceRecord doc, JsonNode node, String pointer, Map<String, Position> used) {
        if (node.isObject()) {
            JsonNode rule = node.get("x-rule");
            if (rule != null && rule.isString()) {
                used.putIfAbsent(rule.asString(), doc.positions().find(pointer));
                usedIn.putIfAbsent(rule.asString(), file);
            }
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && !resolves(doc.node().path("$id").asString(""), ref.asString())) {
                add("GOVMETA-PROFILE-REF", file, doc.positions().find(pointer + "/$ref"), Map.of("value", ref.asString()));
            }
            node.properties().forEach(e -> walk(file, doc, e.getValue(), PositionIndex.child(pointer, e.getKey()), used));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(file, doc, node.get(i), PositionIndex.child(pointer, i), used);
            }
        }
    }

    private final Map<String, String> usedIn = new HashMap<>();
    private Set<String> shapeRules = Set.of();
    private io.github.govmeta.core.shacl.ShaclCheck shacl;

    /** The rule ids the profile's own shapes name (govmeta:rule). */
    private Set<String> shapeRules() {
        Set<String> ids = new TreeSet<>();
        Profile.DcatForm dcat = profile.dcat();
        if (dcat == null) {
            return ids;
        }
        for (String file : dcat.shapes()) {
            org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            try (InputStream in = dcat.folder().open(file)) {
                org.apache.jena.riot.RDFParser.create().source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (org.apache.jena.riot.RiotException e) {
                continue;
            }
            g.find(org.apache.jena.graph.Node.ANY, io.github.govmeta.core.rdf.Vocab.RULE, org.apache.jena.graph.Node.ANY)
                    .forEach(t -> ids.add(t.getObject().getLiteralLexicalForm()));
        }
        return ids;
    }

    /**
     * The rule ids of a DCAT example: the Turtle of {@code rdf} (common prefixes predefined) added to the
     * DCAT conversion of its base dataset, when it has one, checked with the profile's shapes.
     */
    private List<String> dcatRuleIds(GovmetaValidator validator, JsonNode c, JsonNode record) {
        if (shacl == null) {
            shacl = io.github.govmeta.core.shacl.ShaclCheck.of(profile, validator.rules(), List.of());
        }
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        if (record != null) {
            io.github.govmeta.core.rdf.DcatConverter converter = new io.github.govmeta.core.rdf.DcatConverter(
                    io.github.govmeta.core.rdf.DcatMapping.of(profile));
            converter.add(g, new io.github.govmeta.core.canonical.Canonicalizer(profile.canonicalize()).canonicalize(record).node(), 0);
        }
        String prefixes = "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> . "
                + "@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix vcard: <http://www.w3.org/2006/vcard/ns#> . "
                + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";
        org.apache.jena.riot.RDFParser.create().fromString(prefixes + c.path("rdf").asString(""))
                .lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        io.github.govmeta.core.shacl.ShaclCheck.Result result = shacl.check(g, "case");
        List<String> ids = new ArrayList<>();
        result.byDataset().values().forEach(l -> l.forEach(f -> ids.add(f.ruleId())));
        result.others().forEach(f -> ids.add(f.ruleId()));
        ids.sort(null);
        return ids;
    }

    private boolean resolves(String baseId, String ref) {
        URI target = URI.create(baseId).resolve(ref);
        String doc = target.getScheme() + ":" + target.getSchemeSpecificPart();
        String text = profile.schemas().get(doc);
        if (text == null) {
            return false;
        }
        String fragment = target.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return true;
        }
        JsonNode root = io.github.govmeta.core.input.JsonText.parse(text);
        return fragment.startsWith("/") ? !root.at(fragment).isMissingNode() : text.contains("\"" + fragment + "\"");
    }

    private void checkCatalogue(Map<String, Position> used) {
        String rulesFile = rulesFileName();
        SourceRecord rulesDoc = read(rulesFile, SourceFormats.named("yaml"));
        Set<String> defined = new TreeSet<>();
        profile.rules().all().stream().filter(r -> r.profile().equals(profile.id())).forEach(r -> defined.add(r.id()));
        Set<String> known = new TreeSet<>();
        profile.rules().all().forEach(r -> known.add(r.id()));
        used.forEach((id, at) -> {
            if (!known.contains(id)) {
                add("GOVMETA-PROFILE-RULE-UNKNOWN", usedIn.get(id), at,
                        Map.of("value", id, "detail", DidYouMean.hint(id, known)));
            }
        });
        for (String id : defined) {
            Position at = rulesDoc == null ? Position.UNKNOWN : rulesDoc.positions().find("/rules/" + id);
            if (!used.containsKey(id) && !shapeRules.contains(id)) {
                add("GOVMETA-PROFILE-RULE-UNUSED", rulesFile, at, Map.of("value", id));
            }
        }
    }

    private void checkCases(GovmetaValidator validator, GovmetaValidator base) {
        Set<String> defined = new TreeSet<>();
        profile.rules().all().stream().filter(r -> r.profile().equals(profile.id())).forEach(r -> defined.add(r.id()));
        List<String> loosens = declaredLoosening();
        for (String id : defined) {
            String file = "tests/" + id + ".yaml";
            SourceRecord doc = folder.exists(file) ? read(file, SourceFormats.named("yaml")) : null;
            boolean failing = false;
            boolean passing = false;
            JsonNode cases = doc == null ? JsonNodeFactory.instance.arrayNode() : doc.node().path("cases");
            for (int i = 0; i < cases.size(); i++) {
                JsonNode c = cases.get(i);
                Position at = doc.positions().find("/cases/" + i);
                List<String> expect = new ArrayList<>();
                c.path("expect").forEach(v -> expect.add(v.asString()));
                expect.sort(null);
                failing |= expect.contains(id);
                passing |= !expect.contains(id);
                boolean rdf = c.has("rdf");
                JsonNode record = rdf && !c.has("base") ? null : example(c, file, at);
                if (record == null && !rdf) {
                    continue;
                }
                examplesRun++;
                List<String> actual;
                try {
                    actual = rdf ? dcatRuleIds(validator, c, record) : ruleIds(validator, record);
                } catch (RuntimeException e) {
                    add("GOVMETA-PROFILE-CASE", file, at, Map.of("property", c.path("name").asString(""),
                            "other", String.join(", ", expect), "value", "an error: " + e.getMessage()));
                    continue;
                }
                String name = c.path("name").asString("#" + (i + 1));
                if (!actual.equals(expect)) {
                    add("GOVMETA-PROFILE-CASE", file, at, Map.of("property", name,
                            "other", String.join(", ", expect), "value", String.join(", ", actual)));
                }
                if (base != null && expect.isEmpty() && !rdf) {
                    List<String> underBase = ruleIds(base, record).stream()
                            .filter(r -> loosens.stream().noneMatch(r::startsWith)).toList();
                    if (!underBase.isEmpty()) {
                        add("GOVMETA-PROFILE-LOOSENS", file, at, Map.of("property", name, "value", String.join(", ", underBase)));
                    }
                }
            }
            if (!failing || !passing) {
                add("GOVMETA-PROFILE-RULE-UNTESTED", doc == null ? rulesFileName() : file, Position.UNKNOWN, Map.of("value", id));
            }
        }
    }

    private JsonNode example(JsonNode c, String file, Position at) {
        String baseName = "tests/base/" + c.path("base").asString("") + ".json";
        if (!folder.exists(baseName)) {
            add("GOVMETA-PROFILE-CASE", file, at, Map.of("property", c.path("name").asString(""),
                    "other", "", "value", "no base dataset " + baseName));
            return null;
        }
        SourceRecord base = read(baseName, SourceFormats.named("json"));
        return base == null ? null : JsonMergePatch.apply(base.node(), c.path("patch"));
    }

    private static List<String> ruleIds(GovmetaValidator validator, JsonNode record) {
        List<String> ids = new ArrayList<>();
        for (Finding f : validator.check(new SourceRecord("case", 0, record, new PositionIndex()))) {
            ids.add(f.ruleId());
        }
        ids.sort(null);
        return ids;
    }


    private List<String> declaredLoosening() {
        try (var in = folder.open("profile.yaml")) {
            Object doc = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                    .loadFromInputStream(in);
            return Yaml.stringList(Yaml.map(doc, "profile.yaml").get("loosens"), "profile.yaml loosens");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String rulesFileName() {
        return "rules.yaml";
    }

    /** Reads a profile file with positions; unreadable files become findings. */
    private SourceRecord read(String file, SourceFormat format) {
        filesRead.add(file);
        List<SourceRecord> records = new ArrayList<>();
        reader.read(new InputSource(folder.describe(file), format, () -> folder.open(file)), new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                records.add(record);
            }

            @Override
            public void problem(InputProblem p) {
                Map<String, String> args = new LinkedHashMap<>(p.args());
                add(p.ruleId(), file, p.position(), args);
            }
        });
        return records.isEmpty() ? null : records.get(0);
    }

    /** A finding in a file named as shown (not relative to the profile folder). */
    private void addAt(String ruleId, String shownFile, Position at, Map<String, String> args) {
        Rule rule = EngineRules.catalog().find(ruleId).orElseThrow();
        Map<String, String> all = new HashMap<>(Map.of("value", "", "detail", "", "pointer", "", "property", "", "other", ""));
        all.putAll(args);
        findings.add(new Finding(rule.id(), rule.severity(), rule.message().format(all),
                new Location(shownFile, at.line(), at.column(), null), null, args.get("value"), rule.clause(), Map.of()));
    }

    private void add(String ruleId, String file, Position at, Map<String, String> args) {
        addAt(ruleId, folder.describe(file), at, args);
    }

    private static String pointer(com.networknt.schema.path.NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(path.getElement(i));
        }
        return sb.toString();
    }
}
