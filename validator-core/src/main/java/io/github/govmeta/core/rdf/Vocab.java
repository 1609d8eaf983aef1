package io.github.govmeta.core.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The IRIs govmeta itself defines, in one place. */
public final class Vocab {
    public static final String GOVMETA = "https://govmeta.github.io/ns/govmeta#";
    /** Annotation on a SHACL shape: the id of the rule (in the profile's catalogue) it enforces. */
    public static final Node RULE = NodeFactory.createURI(GOVMETA + "rule");
    /**
     * Annotation on a SHACL-SPARQL constraint ({@code true}): its query reads only the focus node's own
     * description (triples from {@code $this} forward), so the shapes may check a catalog one dataset's
     * description at a time. Shapes with an unmarked SPARQL constraint are applied to the whole graph.
     */
    public static final Node LOCAL = NodeFactory.createURI(GOVMETA + "local");
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final Node DCAT_DATASET = NodeFactory.createURI(DCAT + "Dataset");
    public static final Node DCAT_CATALOG = NodeFactory.createURI(DCAT + "Catalog");
    public static final Node DCAT_DISTRIBUTION = NodeFactory.createURI(DCAT + "distribution");

    private Vocab() {}
}
