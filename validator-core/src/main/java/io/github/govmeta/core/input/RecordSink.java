package io.github.govmeta.core.input;

/** Where a reader delivers what it reads, record by record, in source order. */
public interface RecordSink {
    void record(SourceRecord record);

    void problem(InputProblem problem);
}
