package io.github.govmeta.core.authoring;

import io.github.govmeta.core.input.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Every shapes file of the profile is valid Turtle and valid SHACL, checked against the W3C
 * SHACL-for-SHACL shapes (SHACL §C, bundled as {@code std/shacl-shacl.ttl}).
 */
final class ShaclShapesCheck implements ProfileCheck {
    private static final Shapes SHACL_FOR_SHACL = load();

    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        for (CheckedProfile.ShapesFile shapes : profile.shapes()) {
            if (shapes.graph() == null) {
                findings.addAt(ProfileRules.SHAPES, shapes.shown(), Position.UNKNOWN, Map.of("detail", shapes.error()));
                continue;
            }
            for (ReportEntry entry : ShaclValidator.get().validate(SHACL_FOR_SHACL, shapes.graph()).getEntries()) {
                findings.addAt(ProfileRules.SHAPES, shapes.shown(), Position.UNKNOWN,
                        Map.of("detail", (entry.focusNode().isBlank() ? "" : entry.focusNode() + ": ") + entry.message()));
            }
        }
    }

    private static Shapes load() {
        try (InputStream in = ShaclShapesCheck.class.getClassLoader().getResourceAsStream("std/shacl-shacl.ttl")) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
