package io.github.govmeta.core.finding;

/** What a run checks against: the profile and the tool version, for report headers. */
public record RunInfo(String toolVersion, String profileId, String profileVersion, Lang lang) {}
