package io.github.govmeta.server;

import io.github.govmeta.core.Govmeta;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code govmeta serve}: the reviewer's web page and the REST API v1 on Javalin (Jetty 12). Every
 * validation is one {@link io.github.govmeta.core.ValidationRequest} handed to {@link Govmeta#validate};
 * the routes only translate HTTP to requests and results to answers. Limits are checked before a body is
 * parsed; every refusal is an RFC 9457 problem document (a page for the form); nothing uploaded is written
 * to disk or kept after the answer.
 *
 * <p>Lifecycle: {@link #start} once, {@link #close} once. Thread-safe: Jetty's threads serve requests
 * concurrently; validations run on the server's own bounded pool ({@link ServerConfig#maxConcurrent}).
 */
public final class GovmetaServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JSON_TYPE = "application/json";

    private final ServerConfig config;
    private final Validations validations;
    private final Catalog catalog = new Catalog();
    private final SubmissionReader reader;
    private final String csp = new ReportPolicy().header();
    private final String stylesheet = resource("govmeta.css");
    private final String openapi = resource("openapi.json");
    private final Javalin app;

    private GovmetaServer(ServerConfig config) {
        this.config = config;
        this.validations = new Validations(config);
        this.reader = new SubmissionReader(config);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = config.maxRequestBytes();
            c.http.prefer405over404 = true;
            // Parts are held in memory up to the whole request's size, so no upload is ever cached on disk.
            c.jetty.multipartConfig.maxFileSize(config.maxRequestBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxRequestBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, config.maxRequestBytes()), SizeUnit.BYTES);
            c.routes.before(this::guard);
            c.routes.get("/", ctx -> ctx.html(Pages.form(th(ctx), catalog.refs(), catalog.defaultRef(), config)));
            c.routes.get(Pages.STYLESHEET, ctx -> ctx.contentType("text/css; charset=utf-8").result(stylesheet));
            c.routes.post("/validate", this::page);
            c.routes.post("/api/v1/validate", this::api);
            c.routes.get("/api/v1/profiles", ctx -> json(ctx, catalog.profiles()));
            c.routes.get("/api/v1/rules", ctx -> json(ctx, catalog.rules(ctx.queryParam("profile"))));
            c.routes.get("/api/v1/rules/{id}", ctx -> json(ctx, catalog.rule(ctx.queryParam("profile"), ctx.pathParam("id"))));
            c.routes.get("/api/v1/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(openapi));
            c.routes.get("/health", this::health);
            c.routes.exception(Problem.class, this::refuse);
            c.routes.exception(HttpResponseException.class, (e, ctx) -> refuse(fromJavalin(e), ctx));
            c.routes.exception(Exception.class, (e, ctx) -> {
                System.getLogger("govmeta.server").log(System.Logger.Level.ERROR, "defect serving " + ctx.path(), e);
                refuse(Problem.internal(), ctx);
            });
        });
    }

    /**
     * Starts a server on {@link ServerConfig#bind} and {@link ServerConfig#port}.
     *
     * @throws IllegalStateException naming the address when it cannot listen there (in use, not local)
     */
    public static GovmetaServer start(ServerConfig config) {
        GovmetaServer server = new GovmetaServer(config);
        try {
            server.app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalStateException("cannot listen on " + config.bind() + ":" + config.port() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return server;
    }

    /** The port listened on (the one picked when {@link ServerConfig#port} was 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening and abandons running validations. */
    @Override
    public void close() {
        app.stop();
        validations.close();
    }

    /** The validation slots, for a test that holds them all. */
    java.util.concurrent.Semaphore slots() {
        return validations.slots();
    }

    /** Security headers on every answer; the request-size limit before any body is read. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", csp);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        long length = ctx.req().getContentLengthLong();
        if (ctx.method() == HandlerType.POST && length > config.maxRequestBytes()) {
            discardSmallExcess(ctx, length);
            throw Problem.tooLarge("the request is " + length + " bytes; at most " + config.maxRequestBytes() + " are accepted");
        }
    }

    /**
     * Reads and drops a body up to four times the limit, unparsed, so a client that sends it whole without
     * {@code Expect: 100-continue} still reads the 413 instead of a reset connection; a larger one is
     * answered at once and the connection closed.
     */
    private void discardSmallExcess(Context ctx, long length) {
        if (length <= 4 * config.maxRequestBytes()) {
            try (InputStream in = ctx.req().getInputStream()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the client went away; there is nobody to answer
            }
        }
    }

    /** {@code POST /validate}: the form's submission, answered with the report page and every download. */
    private void page(Context ctx) {
        Submission s = reader.read(ctx);
        Validations.Outcome outcome = validations.run(s, EnumSet.allOf(ReportFormat.class), true);
        boolean th = !"en".equals(s.lang());
        ctx.html(Pages.result(th, outcome.reports().get(ReportFormat.HTML), outcome.reports(), outcome.scores()));
    }

    /** {@code POST /api/v1/validate}: one report, chosen by {@code reportSyntax}, else by {@code Accept}. */
    private void api(Context ctx) {
        Submission s = reader.read(ctx);
        ReportFormat format = s.reportSyntax() == null ? ReportFormat.accepted(ctx.header("Accept"))
                : ReportFormat.named(s.reportSyntax()).orElseThrow(() -> Problem.badRequest("reportSyntax: unknown report '"
                        + s.reportSyntax() + "' (expected json, sarif, junit, html, csv or their media types)"));
        Validations.Outcome outcome = validations.run(s, EnumSet.of(format), false);
        ctx.header("X-Govmeta-Verdict", outcome.result().stats().failed() ? "not-ready" : "ready");
        ctx.contentType(format.mediaType + "; charset=utf-8").result(outcome.reports().get(format));
    }

    private void health(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "UP");
        m.put("version", Govmeta.VERSION);
        m.put("freeSlots", validations.freeSlots());
        json(ctx, m);
    }

    /** A problem document; a page instead for the browser's routes. */
    private void refuse(Problem p, Context ctx) {
        p.headers().forEach(ctx::header);
        ctx.status(p.status());
        boolean page = ctx.path().equals("/validate") || ctx.path().equals("/");
        if (page) {
            ctx.html(Pages.problem(!"en".equals(ctx.queryParam("lang")), p));
        } else {
            ctx.contentType(Problem.MEDIA_TYPE).result(p.toJson());
        }
    }

    private static Problem fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> Problem.notFound("no such resource; see /api/v1/openapi.json");
            case 405 -> Problem.methodNotAllowed("this method is not allowed here; see /api/v1/openapi.json");
            case 413 -> Problem.tooLarge("the request is larger than the server accepts");
            case 400 -> Problem.badRequest(e.getMessage());
            default -> Problem.internal();
        };
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType(JSON_TYPE).result(JSON.writeValueAsString(value));
    }

    private static boolean th(Context ctx) {
        return !"en".equals(ctx.queryParam("lang"));
    }

    private static String resource(String name) {
        try (InputStream in = GovmetaServer.class.getResourceAsStream("/govmeta/server/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource govmeta/server/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
