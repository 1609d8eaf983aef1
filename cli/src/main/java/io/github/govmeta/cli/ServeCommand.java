package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.server.GovmetaServer;
import io.github.govmeta.server.ServerConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govmeta serve}: the reviewer's web page and the REST API, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the reviewer's web page and the REST API v1 (POST /api/v1/validate, GET /api/v1/profiles, /api/v1/rules, /health).",
            "เปิดหน้าเว็บสำหรับผู้ตรวจและ REST API"})
final class ServeCommand implements Callable<Integer> {
    private final Context context;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--allow-url-input",
            description = "Let API clients send content as a URL (embeddingMethod URL) for the server to fetch; public addresses only.")
    boolean allowUrlInput;

    @Option(names = "--allow-private-urls",
            description = "With --allow-url-input: also fetch from loopback and private addresses (an agency's intranet).")
    boolean allowPrivateUrls;

    ServeCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            context.err.println("govmeta serve: --port: " + port + " is not a port (0-65535)");
            return ExitStatus.ERROR.code();
        }
        GovmetaServer server;
        try {
            if (allowPrivateUrls && !allowUrlInput) {
                context.err.println("govmeta serve: --allow-private-urls needs --allow-url-input");
                return ExitStatus.ERROR.code();
            }
            server = GovmetaServer.start(ServerConfig.of(bind, port).withUrlInput(allowUrlInput, allowPrivateUrls));
        } catch (IllegalStateException e) {
            context.err.println("govmeta serve: " + e.getMessage());
            return ExitStatus.ERROR.code();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "govmeta-serve-stop"));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        context.err.println("govmeta serve: http://" + host + ":" + server.port() + "/ (Ctrl+C to stop)");
        context.err.flush();
        stopped.await();
        return ExitStatus.OK.code();
    }
}
