package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.shacl.ShaclCheck;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.shacl.ValidationReport;

/**
 * What a format reader may use besides its source: the parsers' limits, and for DCAT the shapes to check
 * each dataset's description with and a receiver of the native SHACL reports. Shared by every source of a
 * run; its parts must be safe to call from the threads that read.
 *
 * @param limits  limits every parser enforces
 * @param shapes  the compiled shapes, built on first use; throws {@link ProfileException} when there are
 *                none (the message says why, and becomes the source's problem)
 * @param reports receives the validation report of each DCAT source
 */
public record ReadContext(InputLimits limits, Supplier<ShaclCheck> shapes, Consumer<ValidationReport> reports) {

    /** A context for reading CKAN records only: a DCAT source is a problem, {@code why} its detail. */
    public static ReadContext ckanOnly(InputLimits limits, String why) {
        return new ReadContext(limits, () -> {
            throw new ProfileException(why);
        }, report -> { });
    }
}
