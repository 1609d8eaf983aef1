package io.github.govmeta.core.input;

import java.util.Map;

/**
 * Something that kept (part of) a source from being read as metadata. Carries an engine rule id and the
 * arguments of its message; the messages themselves live in the engine rule catalogue.
 *
 * @param ruleId   an engine rule id ({@code GOVMETA-INPUT-*})
 * @param position where it happened
 * @param args     message arguments, e.g. {@code detail}
 */
public record InputProblem(String ruleId, Position position, Map<String, String> args) {
    public InputProblem {
        args = Map.copyOf(args);
    }

    /** A problem whose detail is said in each language (e.g. what was found instead of a dataset). */
    public static InputProblem localized(String ruleId, Position position, io.github.govmeta.core.finding.LocalizedText detail) {
        return new InputProblem(ruleId, position, io.github.govmeta.core.finding.LocalizedText.argument("detail", detail));
    }

    public static InputProblem of(String ruleId, Position position, String detail) {
        return new InputProblem(ruleId, position, detail == null ? Map.of() : Map.of("detail", detail));
    }
}
