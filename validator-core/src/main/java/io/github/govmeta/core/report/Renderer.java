package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.FindingListener;

/**
 * A report format: a listener that writes as findings arrive and completes its document in
 * {@link #finished}. It writes to the {@link java.io.Writer} it was created with and flushes it, but
 * never closes it (the caller owns the stream).
 */
public interface Renderer extends FindingListener {}
