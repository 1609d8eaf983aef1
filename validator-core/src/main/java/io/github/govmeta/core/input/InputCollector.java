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
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.TreeMap;

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

    /**
     * The sources, the given paths that do not exist, and the files of the given folders that were not read
     * because no format claims their extension (a README, a spreadsheet), sorted.
     */
    public record Result(List<InputSource> sources, List<String> missing, List<String> skipped) {
        public Result {
            skipped = List.copyOf(skipped);
        }

        public Result(List<InputSource> sources, List<String> missing) {
            this(sources, missing, List.of());
        }
    }

    public Result collect(List<String> paths, InputStream stdin) {
        List<InputSource> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        java.util.TreeSet<String> skipped = new java.util.TreeSet<>();
        for (String given : paths) {
            if ("-".equals(given)) {
                sources.add(InputSource.stream("<stdin>", stdin));
                continue;
            }
            Path path = base.resolve(given).normalize();
            if (Files.isDirectory(path)) {
                sources.addAll(walk(path, skipped));
            } else if (Files.isRegularFile(path)) {
                sources.add(InputSource.file(path, display(path)));
            } else {
                missing.add(given);
            }
        }
        return new Result(sources, missing, List.copyOf(skipped));
    }

    /**
     * The matching files under {@code dir}, sorted. A folder or file that cannot be read (no permission,
     * a name the platform cannot decode) becomes a source that fails to open, so it is reported as a
     * {@code GOVMETA-INPUT-IO} finding at its path and the walk goes on.
     */
    private List<InputSource> walk(Path dir, java.util.Set<String> skipped) {
        TreeMap<Path, InputSource> found = new TreeMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    Path rel = dir.relativize(d);
                    boolean excluded = !rel.toString().isEmpty() && matches(excludes, rel.resolve("x"))
                            && matches(excludes, rel.resolve("x/y")); // everything below is excluded
                    return excluded ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    Path rel = dir.relativize(p);
                    if (attrs.isRegularFile() && !matches(excludes, rel) && !ownFiles.contains(p.toAbsolutePath().normalize())) {
                        if (matchesInclude(rel)) {
                            found.put(p, InputSource.file(p, display(p)));
                        } else {
                            skipped.add(display(p));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    if (!matches(excludes, dir.relativize(p))) {
                        found.put(p, unreadable(display(p), e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            found.put(dir, unreadable(display(dir), e instanceof IOException io ? io : new IOException(e.getMessage(), e)));
        }
        return List.copyOf(found.values());
    }

    /** Whether a walk of {@code dir} reads {@code file}, a file below it: included, not excluded, not govmeta's own. */
    public boolean selects(Path dir, Path file) {
        Path rel = dir.relativize(file);
        return matchesInclude(rel) && !matches(excludes, rel) && !ownFiles.contains(file.toAbsolutePath().normalize());
    }

    /** A source that fails to open with {@code cause}: read, it becomes a located I/O finding. */
    private static InputSource unreadable(String name, IOException cause) {
        return new InputSource(name, null, () -> {
            throw new UncheckedIOException(cause);
        });
    }

    /** Include globs match the file name's extension whatever its case ({@code data.JSON} is JSON). */
    private boolean matchesInclude(Path rel) {
        String name = rel.getFileName().toString();
        Path lower = rel.getParent() == null ? Path.of(name.toLowerCase(java.util.Locale.ROOT))
                : rel.getParent().resolve(name.toLowerCase(java.util.Locale.ROOT));
        return matches(includes, rel) || matches(includes, lower);
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
