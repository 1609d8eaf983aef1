package io.github.govmeta.core.report;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** The report formats, by name. Adding a format is one class and one line here. */
public final class Renderers {
    private static final Map<String, RendererFactory> BY_NAME = new TreeMap<>();

    static {
        register("text", "txt", TextRenderer::new);
        register("json", "json", JsonRenderer::new);
        register("sarif", "sarif", SarifRenderer::new);
        register("junit", "xml", JunitRenderer::new);
        register("checkstyle", "xml", CheckstyleRenderer::new);
        register("github", "txt", GithubRenderer::new);
        register("html", "html", HtmlRenderer::new);
    }

    private Renderers() {}

    private static void register(String name, String extension,
                                 BiFunction<Writer, RenderOptions, Renderer> create) {
        BY_NAME.put(name, new RendererFactory() {
            public String name() {
                return name;
            }

            public String extension() {
                return extension;
            }

            public Renderer create(Writer out, RenderOptions options) {
                return create.apply(out, options);
            }
        });
    }

    public static Optional<RendererFactory> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * @throws IllegalArgumentException naming the known formats, when {@code name} is not one
     */
    public static RendererFactory require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown report format '" + name + "' (known: " + String.join(", ", names()) + ")"));
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
