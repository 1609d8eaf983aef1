package io.github.govmeta.core.input;

import io.github.govmeta.core.finding.Finding;

/**
 * Where a source format delivers what it reads, in order: records of either kind, problems, and findings
 * that belong to the source but to none of its datasets (a SHACL result on a catalog or on an agent the
 * datasets share). A format calls its stream from the reading thread only; implementations need not be
 * thread-safe.
 */
public interface RecordStream extends RecordSink {
    void record(InputRecord record);

    @Override
    default void record(SourceRecord record) {
        record((InputRecord) record);
    }

    void finding(Finding finding);

    /**
     * A stream for a caller that reads CKAN records only (a configuration file, a profile file, {@code
     * govmeta convert}), with {@link ReadContext#ckanOnly}: an RDF source is then a {@link InputRules#SHAPE}
     * problem and nothing else, so only CKAN records and problems reach {@code sink}.
     */
    static RecordStream of(RecordSink sink) {
        return new RecordStream() {
            @Override
            public void record(SourceRecord record) {
                sink.record(record);
            }

            @Override
            public void record(InputRecord record) {
                throw new IllegalStateException("a DCAT dataset read without shapes: " + record.summary());
            }

            @Override
            public void finding(Finding finding) {
                throw new IllegalStateException("a SHACL finding read without shapes: " + finding);
            }

            @Override
            public void problem(InputProblem problem) {
                sink.problem(problem);
            }
        };
    }
}
