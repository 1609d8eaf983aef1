package io.github.govmeta.core.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the repository's profiles to break in a test, in the repository's layout. */
final class ProfileCopies {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private ProfileCopies() {}

    /** schemas/th-gdc/1.0.0 and shapes/th-gdc/1.0.0 under {@code dir}; returns the profile folder. */
    static Path thGdc(Path dir) throws IOException {
        for (String tree : List.of("schemas", "shapes")) {
            Path from = REPO.resolve(tree).resolve("th-gdc/1.0.0");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path to = dir.resolve(tree).resolve("th-gdc/1.0.0").resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return dir.resolve("schemas/th-gdc/1.0.0");
    }

    /** Replaces the first occurrence of {@code from} in a file, which must hold it. */
    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " has no " + from);
        }
        Files.writeString(file, replaceFirst(text, from, to));
    }

    private static String replaceFirst(String text, String from, String to) {
        int at = text.indexOf(from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
