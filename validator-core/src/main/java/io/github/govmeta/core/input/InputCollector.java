package io.github.govmeta.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns paths given by a user into sources: files as they are, directories walked recursively for files
 * matching the include globs and none of the exclude globs (globs match the path relative to the
 * directory, e.g. {@code **}{@code /*.json}), {@code -} for standard input. Files are sorted so every run
 * reads them in the same order. Paths that do not exist are returned as {@link Result#missing}.
 */
public final class InputCollector {
    /** Every file whose name implies a format ({@link SourceFormats#globs}). */
    public static final List<String> DEFAULT_INCLUDES = SourceFormats.globs();
    /** Build output, tool folders and hidden files and folders, skipped unless excludes are given: reports are not metadata. */
    public static final List<String> DEFAULT_EXCLUDES = List.of("target/**", "**/target/**", "node_modules/**",
            "**/node_modules/**", ".*/**", "**/.*/**", ".*", "**/.*");

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final Path base;
    private final java.util.Set<Path> ownFiles;

    /**
     * @param base     paths in findings are shown relative to this folder when they are under it
     * @param includes glob patterns of files to read in directories (default: every file in a format govmeta reads)
     * @param excludes glob patterns of files to skip in directories (default: build output and hidden files)
     * @param ownFiles govmeta's own files (configuration, baseline, reports), never read from a directory
     */
    public InputCollector(Path base, List<String> includes, List<String> excludes, List<Path> ownFiles) {
        this.base = base.toAbsolutePath().normalize();
        this.ownFiles = ownFiles.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
        this.includes = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        this.excludes = matchers(excludes.isEmpty() ? DEFAULT_EXCLUDES : excludes);
    }

    /** The sources, and the given paths that do not exist. */
    public record Result(List<InputSource> sources, List<String> missing) {}

    public Result collect(List<String> paths, InputStream stdin) {
        List<InputSource> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String given : paths) {
            if ("-".equals(given)) {
                sources.add(InputSource.stream("<stdin>", stdin));
                continue;
            }
            Path path = base.resolve(given).normalize();
            if (Files.isDirectory(path)) {
                sources.addAll(walk(path));
            } else if (Files.isRegularFile(path)) {
                sources.add(InputSource.file(path, display(path)));
            } else {
                missing.add(given);
            }
        }
        return new Result(sources, missing);
    }

    private List<InputSource> walk(Path dir) {
        TreeSet<Path> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).forEach(p -> {
                Path rel = dir.relativize(p);
                if (matches(includes, rel) && !matches(excludes, rel) && !ownFiles.contains(p.toAbsolutePath().normalize())) {
                    files.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().map(p -> InputSource.file(p, display(p))).toList();
    }

    private static boolean matches(List<PathMatcher> matchers, Path rel) {
        return matchers.stream().anyMatch(m -> m.matches(rel));
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
