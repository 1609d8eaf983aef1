package io.github.govmeta.core;

import java.util.List;

/**
 * A request that cannot be carried out: an unknown option value, a configuration, baseline or profile
 * that cannot be used, a report that cannot be written. Lists every problem, each a sentence that names
 * its file (and line and column where known); none is a stack trace.
 */
public final class GovmetaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public GovmetaException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public GovmetaException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
