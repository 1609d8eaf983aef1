package io.github.govmeta.core.rdf;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A profile's CKAN → DCAT mapping ({@code dcat-mapping.yaml}): per field a property path and the kind of
 * value; the same for the fields of each resource (a {@code dcat:Distribution}). Immutable.
 *
 * @param datasetIri     IRI template of a dataset, {@code {name}} replaced by its CKAN name
 * @param prefixes       namespace prefixes used in paths
 * @param vocabularyBase base IRI of the concept schemes: concept = base + scheme + "/" + encoded value
 * @param fields         dataset field → mapping
 * @param resourcePath   property from a dataset to each distribution
 * @param resourceClass  class of a distribution
 * @param resourceFields resource field → mapping
 * @param unmapped       schema fields left out on purpose → the reason
 */
public record DcatMapping(String datasetIri, Map<String, String> prefixes, String vocabularyBase,
                          Map<String, Field> fields, String resourcePath, String resourceClass,
                          Map<String, Field> resourceFields, Map<String, String> unmapped) {

    /** The kinds of value a field maps to. */
    public static final Set<String> KINDS = Set.of("text", "plain", "integer", "date", "iri", "email", "tags", "concept");

    /**
     * @param path   property path, steps separated by {@code /} (prefixed names)
     * @param kind   one of {@link #KINDS}: text (literal @th), plain (literal), integer, date (xsd:date when
     *               ISO, else a plain literal), iri, email (mailto: IRI), tags (one literal per tag), concept
     * @param scheme the concept scheme of a concept field, else null
     */
    public record Field(String path, String kind, String scheme) {}

    /**
     * Reads a mapping file. A base mapping ({@code extension} false) must give {@code datasetIri},
     * {@code vocabularyBase}, {@code prefixes}, {@code fields} and {@code resources} ({@code path},
     * {@code class}); an extension's may give any of them, typically only {@code fields}.
     *
     * @throws ProfileException listing every problem of the file in file order, each with its line and column: not
     *                          YAML, an unknown key, a missing one, a value of the wrong type, an unknown kind
     */
    public static DcatMapping read(InputStream in, String name, boolean extension) {
        Node root;
        try (in) {
            root = new Compose(LoadSettings.builder().setLabel(name).build()).composeInputStream(in).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(null);
            throw new ProfileException(List.of(new ProfileException.Problem(name, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "not valid YAML: " + e.getProblem())));
        } catch (YamlEngineException e) {
            throw new ProfileException(List.of(new ProfileException.Problem(name, 0, 0, "not valid YAML: " + e.getMessage())));
        }
        Reader r = new Reader(name);
        DcatMapping mapping = r.mapping(root, extension);
        if (!r.problems.isEmpty()) {
            r.problems.sort(Comparator.comparingInt(ProfileException.Problem::line)
                    .thenComparingInt(ProfileException.Problem::column));
            throw new ProfileException(r.problems);
        }
        return mapping;
    }

    /**
     * The mapping of a profile: its bases' mappings, base first, with each extension's fields, prefixes
     * and unmapped fields added (an extension's mapping file may hold only {@code fields}).
     *
     * @throws ProfileException when no profile of the chain has a mapping, or a mapping file is malformed
     */
    public static DcatMapping of(Profile profile) {
        DcatMapping merged = null;
        for (Profile.DcatForm form : profile.dcatChain()) {
            if (form.mapping().isEmpty()) {
                continue;
            }
            DcatMapping m = read(form.folder().open(form.mapping()), form.folder().describe(form.mapping()), merged != null);
            merged = merged == null ? m : merged.plus(m);
        }
        if (merged == null) {
            throw new ProfileException("profile " + profile.ref() + " has no DCAT mapping");
        }
        return merged;
    }

    private DcatMapping plus(DcatMapping ext) {
        Map<String, String> p = new LinkedHashMap<>(prefixes);
        p.putAll(ext.prefixes);
        Map<String, Field> f = new LinkedHashMap<>(fields);
        f.putAll(ext.fields);
        Map<String, Field> rf = new LinkedHashMap<>(resourceFields);
        rf.putAll(ext.resourceFields);
        Map<String, String> u = new LinkedHashMap<>(unmapped);
        u.putAll(ext.unmapped);
        return new DcatMapping(ext.datasetIri == null ? datasetIri : ext.datasetIri, p,
                ext.vocabularyBase == null ? vocabularyBase : ext.vocabularyBase, f,
                ext.resourcePath == null ? resourcePath : ext.resourcePath,
                ext.resourceClass == null ? resourceClass : ext.resourceClass, rf, u);
    }

    /** The IRI of the dataset named {@code name} (its CKAN name; empty: the {@code index}-th of its source). */
    public String datasetIri(String name, int index) {
        return datasetIri.replace("{name}", DcatConverter.encode(name.isEmpty() ? "_" + (index + 1) : name));
    }

    /** Expands a prefixed name ({@code dct:title}) to an IRI. */
    public String expand(String prefixed) {
        int colon = prefixed.indexOf(':');
        String ns = colon < 0 ? null : prefixes.get(prefixed.substring(0, colon));
        if (ns == null) {
            throw new ProfileException("dcat mapping: unknown prefix in " + prefixed);
        }
        return ns + prefixed.substring(colon + 1);
    }

    public List<String> steps(Field f) {
        return List.of(f.path().split("/"));
    }

    /** Reads the composed YAML node by node, collecting every problem with its place. Single use. */
    private static final class Reader {
        private final String name;
        private final List<ProfileException.Problem> problems = new ArrayList<>();

        Reader(String name) {
            this.name = name;
        }

        DcatMapping mapping(Node root, boolean extension) {
            if (root == null) {
                problem(null, "the file is empty; expected a mapping with datasetIri, prefixes, vocabularyBase, fields and resources");
                return null;
            }
            Map<String, Node> m = map(root, "the mapping", Set.of("datasetIri", "prefixes", "vocabularyBase", "fields",
                    "resources", "unmapped"), extension ? Set.of() : Set.of("datasetIri", "prefixes", "vocabularyBase", "fields", "resources"));
            Map<String, Node> res = m.containsKey("resources")
                    ? map(m.get("resources"), "resources", Set.of("path", "class", "fields"), Set.of("path", "class")) : Map.of();
            return new DcatMapping(string(m.get("datasetIri"), "datasetIri"), strings(m.get("prefixes"), "prefixes"),
                    string(m.get("vocabularyBase"), "vocabularyBase"), fields(m.get("fields"), "fields"),
                    string(res.get("path"), "resources path"), string(res.get("class"), "resources class"),
                    fields(res.get("fields"), "resources fields"), strings(m.get("unmapped"), "unmapped"));
        }

        private Map<String, Field> fields(Node node, String where) {
            Map<String, Field> out = new LinkedHashMap<>();
            if (node == null) {
                return out;
            }
            map(node, where, null, Set.of()).forEach((key, value) -> {
                Map<String, Node> f = map(value, where + " " + key, Set.of("path", "kind", "scheme"), Set.of("path", "kind"));
                String kind = string(f.get("kind"), where + " " + key + " kind");
                if (kind != null && !KINDS.contains(kind)) {
                    problem(f.get("kind"), where + " " + key + ": unknown kind '" + kind + "' (known: "
                            + String.join(", ", KINDS.stream().sorted().toList()) + ")");
                }
                String scheme = string(f.get("scheme"), where + " " + key + " scheme");
                if ("concept".equals(kind) && scheme == null) {
                    problem(value, where + " " + key + ": a concept field needs its scheme");
                }
                out.put(key, new Field(string(f.get("path"), where + " " + key + " path"), kind, scheme));
            });
            return out;
        }

        private Map<String, String> strings(Node node, String where) {
            Map<String, String> out = new LinkedHashMap<>();
            if (node != null) {
                map(node, where, null, Set.of()).forEach((key, value) -> {
                    String s = string(value, where + " " + key);
                    if (s != null) {
                        out.put(key, s);
                    }
                });
            }
            return out;
        }

        /**
         * The entries of a mapping node, keys as written; an unknown key (when {@code known} is given) or a
         * missing required one is a problem. Not a mapping: a problem, and no entries.
         */
        private Map<String, Node> map(Node node, String where, Set<String> known, Set<String> required) {
            Map<String, Node> out = new LinkedHashMap<>();
            if (!(node instanceof MappingNode m)) {
                problem(node, where + ": expected a mapping (key: value), found " + describe(node));
                return out;
            }
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    problem(t.getKeyNode(), where + ": a key must be a plain name");
                } else if (known != null && !known.contains(key.getValue())) {
                    problem(key, where + ": unknown key '" + key.getValue() + "' (known: "
                            + String.join(", ", known.stream().sorted().toList()) + ")");
                } else if (out.putIfAbsent(key.getValue(), t.getValueNode()) != null) {
                    problem(key, where + ": '" + key.getValue() + "' is given twice");
                }
            }
            for (String key : required.stream().sorted().toList()) {
                if (!out.containsKey(key)) {
                    problem(node, where + ": '" + key + "' is missing");
                }
            }
            return out;
        }

        /** A scalar's text, or null when it is absent (not a problem) or not a scalar (a problem). */
        private String string(Node node, String where) {
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode s && !s.getValue().isEmpty()) {
                return s.getValue();
            }
            problem(node, where + ": expected a text, found " + describe(node));
            return null;
        }

        private static String describe(Node node) {
            return switch (node.getNodeType()) {
                case MAPPING -> "a mapping";
                case SEQUENCE -> "a list";
                case SCALAR -> ((ScalarNode) node).getValue().isEmpty() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
                default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
            };
        }

        private void problem(Node at, String message) {
            Mark mark = at == null ? null : at.getStartMark().orElse(null);
            problems.add(new ProfileException.Problem(name, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, message));
        }
    }
}
