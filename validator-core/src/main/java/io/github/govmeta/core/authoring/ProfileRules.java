package io.github.govmeta.core.authoring;

/**
 * The rule ids of {@code govmeta profile check}, each defined (severity, clause, Thai and English message)
 * in {@code govmeta/engine-rules.yaml}; the checks name their rules only through these constants.
 */
final class ProfileRules {
    static final String SCHEMA = "GOVMETA-PROFILE-SCHEMA";
    static final String REF = "GOVMETA-PROFILE-REF";
    static final String RULE_UNKNOWN = "GOVMETA-PROFILE-RULE-UNKNOWN";
    static final String RULE_UNUSED = "GOVMETA-PROFILE-RULE-UNUSED";
    static final String RULE_UNTESTED = "GOVMETA-PROFILE-RULE-UNTESTED";
    static final String CASE = "GOVMETA-PROFILE-CASE";
    static final String LOOSENS = "GOVMETA-PROFILE-LOOSENS";
    static final String SEVERITY = "GOVMETA-PROFILE-SEVERITY";
    static final String SHAPES = "GOVMETA-PROFILE-SHAPES";
    static final String MAPPING = "GOVMETA-PROFILE-MAPPING";
    static final String SHAPE_TEXT = "GOVMETA-PROFILE-SHAPE-TEXT";
    static final String VOCAB_NOT_SKOS = "GOVMETA-PROFILE-VOCAB-NOT-SKOS";
    static final String VOCAB_NOT_JSON = "GOVMETA-PROFILE-VOCAB-NOT-JSON";
    static final String VOCAB_LABEL = "GOVMETA-PROFILE-VOCAB-LABEL";
    static final String ERA = "GOVMETA-PROFILE-ERA";
    static final String LABEL_SCRIPT = "GOVMETA-PROFILE-LABEL-SCRIPT";
    static final String MAPPING_FILE = "GOVMETA-PROFILE-MAPPING-FILE";
    static final String QUALITY = "GOVMETA-PROFILE-QUALITY";
    static final String QUALITY_FIELD = "GOVMETA-PROFILE-QUALITY-FIELD";
    static final String FIX = "GOVMETA-PROFILE-FIX";
    static final String QUALITY_CASE = "GOVMETA-PROFILE-QUALITY-CASE";
    static final String QUALITY_UNTESTED = "GOVMETA-PROFILE-QUALITY-UNTESTED";

    private ProfileRules() {}
}
