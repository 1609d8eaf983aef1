package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code govmeta init}: a commented starter configuration and an example dataset, never overwriting. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a commented starter " + ConfigLoader.FILE_NAME + " and an example dataset ("
            + InitCommand.EXAMPLE + ") in the current folder; refuses to overwrite either.",
            "สร้างไฟล์ตั้งค่าเริ่มต้นและตัวอย่างชุดข้อมูล"})
final class InitCommand implements Callable<Integer> {
    static final String EXAMPLE = "example-dataset.json";
    private static final String EXAMPLE_SOURCE = "govmeta/profiles/th-gdc/1.0.0/tests/base/record.json";

    private final Context context;

    InitCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path config = context.workingDirectory.resolve(ConfigLoader.FILE_NAME);
        Path example = context.workingDirectory.resolve(EXAMPLE);
        List<Path> existing = List.of(config, example).stream().filter(Files::exists).toList();
        if (!existing.isEmpty()) {
            existing.forEach(p -> context.err.println("govmeta init: " + p.getFileName() + " already exists; not overwriting"));
            return ExitStatus.ERROR.code();
        }
        try {
            Files.write(config, resource("govmeta/cli/init-config.yaml"));
            Files.write(example, resource(EXAMPLE_SOURCE));
        } catch (IOException | UncheckedIOException e) {
            context.err.println("govmeta init: " + e.getMessage());
            return ExitStatus.ERROR.code();
        }
        context.out.println("govmeta: wrote " + ConfigLoader.FILE_NAME + " and " + EXAMPLE);
        context.out.println("next: govmeta validate " + EXAMPLE);
        context.out.flush();
        return ExitStatus.OK.code();
    }

    private static byte[] resource(String path) {
        try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing bundled resource " + path));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
