package io.github.govmeta.core.input;

/**
 * What a format reader may use besides its source: the parsers' limits, and for RDF the check of the
 * datasets against the shapes. Shared by every source of a run; immutable, and its parts safe to call from
 * the threads that read.
 *
 * @param limits limits every parser enforces
 * @param dcat   reads and checks the datasets of an RDF source
 */
public record ReadContext(InputLimits limits, DcatCheck dcat) {

    /** A context for reading CKAN records only: an RDF source is a {@link InputRules#SHAPE} problem, {@code why} its detail. */
    public static ReadContext ckanOnly(InputLimits limits, String why) {
        return new ReadContext(limits, (source, out) -> out.problem(InputProblem.of(InputRules.SHAPE, Position.UNKNOWN, why)));
    }
}
