package io.github.govmeta.core.input;

/**
 * Reads the datasets of an RDF source as {@link DcatRecord}s checked against the shapes: what an RDF
 * format hands its sources to, since a large catalog is checked description by description as it is
 * parsed. The engine supplies it (the SHACL check); a caller without shapes supplies one that reports why.
 * Implementations are safe to call from many threads.
 */
@FunctionalInterface
public interface DcatCheck {

    /** Reads {@code source} (its format an RDF one) and delivers its datasets, problems and findings to {@code out}. */
    void read(InputSource source, RecordStream out);
}
