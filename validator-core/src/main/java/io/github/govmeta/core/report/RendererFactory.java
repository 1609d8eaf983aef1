package io.github.govmeta.core.report;

import java.io.Writer;

/** Creates the renderer of one named format. */
public interface RendererFactory {
    /** The format's name on the command line and in the Maven plugin, e.g. {@code json}. */
    String name();

    /** The usual file extension of a report in this format, without the dot. */
    String extension();

    Renderer create(Writer out, RenderOptions options);
}
