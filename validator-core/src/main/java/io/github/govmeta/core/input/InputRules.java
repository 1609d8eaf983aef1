package io.github.govmeta.core.input;

/** Ids of the engine's built-in input rules; their texts are in {@code govmeta/engine-rules.yaml}. */
public final class InputRules {
    public static final String SYNTAX = "GOVMETA-INPUT-SYNTAX";
    public static final String ENCODING = "GOVMETA-INPUT-ENCODING";
    public static final String BOM = "GOVMETA-INPUT-BOM";
    public static final String EMPTY = "GOVMETA-INPUT-EMPTY";
    public static final String DUPLICATE_KEY = "GOVMETA-INPUT-DUPLICATE-KEY";
    public static final String LIMIT = "GOVMETA-INPUT-LIMIT";
    public static final String NUMBER = "GOVMETA-INPUT-NUMBER";
    public static final String SHAPE = "GOVMETA-INPUT-SHAPE";
    public static final String UNSAFE = "GOVMETA-INPUT-UNSAFE";
    public static final String IO = "GOVMETA-INPUT-IO";
    public static final String MISSING = "GOVMETA-INPUT-MISSING";
    /** A page of a live catalog that could not be read (HTTP error, timeout, refused address, CKAN error envelope). */
    public static final String REMOTE = "GOVMETA-INPUT-REMOTE";

    private InputRules() {}
}
