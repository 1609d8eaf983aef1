package io.github.govmeta.core.input;


/**
 * Reads CKAN documents — metadata, a configuration file, a profile file — into records with positions,
 * in the format {@link SourceFormats} decides; every failure is an {@link InputProblem}, so a bad
 * document never stops its caller. An RDF source is a {@link InputRules#SHAPE} problem: DCAT is read by
 * the engine, with shapes. Thread-safe.
 */
public final class SourceReader {
    private final ReadContext context;

    public SourceReader(InputLimits limits) {
        this.context = ReadContext.ckanOnly(limits, "RDF, where CKAN JSON or YAML is expected");
    }

    public void read(InputSource source, RecordSink sink) {
        SourceFormats.read(source, context, RecordStream.of(sink));
    }
}
