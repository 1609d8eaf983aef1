package io.github.govmeta.core;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/** Approval Tests settings for this package and below: on a mismatch, fail with the diff; never open a tool. */
public class PackageSettings {
    public static ApprovalFailureReporter UseReporter = QuietReporter.INSTANCE;
}
