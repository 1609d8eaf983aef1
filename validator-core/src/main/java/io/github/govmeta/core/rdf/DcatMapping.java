package io.github.govmeta.core.rdf;

import io.github.govmeta.core.profile.ProfileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

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

    /**
     * @param path   property path, steps separated by {@code /} (prefixed names)
     * @param kind   text, plain, integer, date, iri, email, tags or concept
     * @param scheme the concept scheme of a concept field
     */
    public record Field(String path, String kind, String scheme) {}

    @SuppressWarnings("unchecked")
    public static DcatMapping read(InputStream in, String name) {
        Map<String, Object> m;
        try (in) {
            m = (Map<String, Object>) new Load(LoadSettings.builder().setLabel(name).build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ProfileException(name + ": " + e.getMessage(), e);
        }
        Map<String, Object> res = m.get("resources") == null ? Map.of() : (Map<String, Object>) m.get("resources");
        return new DcatMapping(String.valueOf(m.get("datasetIri")),
                m.get("prefixes") == null ? Map.of() : strings((Map<String, Object>) m.get("prefixes")),
                String.valueOf(m.get("vocabularyBase")), fields((Map<String, Object>) m.get("fields")),
                String.valueOf(res.get("path")), String.valueOf(res.get("class")),
                res.get("fields") == null ? Map.of() : fields((Map<String, Object>) res.get("fields")),
                m.get("unmapped") == null ? Map.of() : strings((Map<String, Object>) m.get("unmapped")));
    }

    /**
     * The mapping of a profile: its bases' mappings, base first, with each extension's fields, prefixes
     * and unmapped fields added (an extension's mapping file may hold only {@code fields}).
     *
     * @throws ProfileException when no profile of the chain has a mapping
     */
    public static DcatMapping of(io.github.govmeta.core.profile.Profile profile) {
        DcatMapping merged = null;
        for (io.github.govmeta.core.profile.Profile.DcatForm form : profile.dcatChain()) {
            if (form.mapping().isEmpty()) {
                continue;
            }
            DcatMapping m = read(form.folder().open(form.mapping()), form.folder().describe(form.mapping()));
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
        return new DcatMapping(datasetIri, p, vocabularyBase, f, resourcePath, resourceClass, rf, u);
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

    private static Map<String, String> strings(Map<String, Object> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Field> fields(Map<String, Object> m) {
        Map<String, Field> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            Map<String, Object> f = (Map<String, Object>) v;
            out.put(k, new Field(String.valueOf(f.get("path")), String.valueOf(f.get("kind")),
                    f.get("scheme") == null ? null : String.valueOf(f.get("scheme"))));
        });
        return out;
    }
}
