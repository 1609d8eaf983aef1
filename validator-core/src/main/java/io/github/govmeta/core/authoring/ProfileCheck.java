package io.github.govmeta.core.authoring;

/**
 * One check of {@code govmeta profile check}. A check reads the profile only through the
 * {@link CheckedProfile} it is given (every file loaded once, shared by all checks) and reports through
 * {@link ProfileFindings} with the rule ids of {@link ProfileRules}. Checks are stateless, so one
 * instance serves every run.
 */
interface ProfileCheck {
    void check(CheckedProfile profile, ProfileFindings findings);
}
