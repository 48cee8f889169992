package io.strata.javalin.internal;

import java.util.Locale;

import io.javalin.http.Context;
import io.javalin.http.servlet.JavalinServlet;
import io.javalin.http.servlet.JavalinServletContext;
import io.javalin.http.servlet.SubmitOrder;
import io.javalin.http.servlet.Task;
import io.javalin.http.servlet.TaskInitializer;
import kotlin.Unit;
import kotlin.jvm.functions.Function2;

/**
 * The headers every response gets: {@code X-Content-Type-Options: nosniff} (a browser never runs a JSON or
 * text answer as script or HTML); on HTML, a {@code Content-Security-Policy} and {@code X-Frame-Options: DENY}
 * (no other site frames the page); and {@code charset=utf-8} on HTML and JSON that lack one. A header the
 * application set itself is kept. It runs first (nosniff) and, for the rest, last, once the content type is
 * final, before the response is written.
 */
public final class ResponseHeaders implements TaskInitializer<JavalinServletContext> {

    private static final String CHARSET = ";charset=utf-8";

    private final String contentSecurityPolicy;

    /** Headers with {@code contentSecurityPolicy} on HTML ({@code null}: none). */
    public ResponseHeaders(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public void createTasks(Function2<? super SubmitOrder, ? super Task, Unit> submitTask, JavalinServlet servlet,
            JavalinServletContext ctx, String requestUri) {
        submitTask.invoke(SubmitOrder.FIRST, new Task(false, () -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            return Unit.INSTANCE;
        }));
        submitTask.invoke(SubmitOrder.LAST, new Task(false, () -> {
            byContentType(ctx);
            return Unit.INSTANCE;
        }));
    }

    private void byContentType(Context ctx) {
        String contentType = ctx.res().getContentType();
        if (contentType == null) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean html = mediaType.equals("text/html");
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        if ((html || json) && !contentType.toLowerCase(Locale.ROOT).contains("charset=")) {
            ctx.contentType(contentType + CHARSET);
        }
        if (html) {
            if (contentSecurityPolicy != null && ctx.res().getHeader("Content-Security-Policy") == null) {
                ctx.header("Content-Security-Policy", contentSecurityPolicy);
            }
            if (ctx.res().getHeader("X-Frame-Options") == null) {
                ctx.header("X-Frame-Options", "DENY");
            }
        }
    }
}
