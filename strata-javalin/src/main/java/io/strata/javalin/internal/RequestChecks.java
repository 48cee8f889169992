package io.strata.javalin.internal;

import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.servlet.JavalinServlet;
import io.javalin.http.servlet.JavalinServletContext;
import io.javalin.http.servlet.SubmitOrder;
import io.javalin.http.servlet.Task;
import io.javalin.http.servlet.TaskInitializer;
import kotlin.Unit;
import kotlin.jvm.functions.Function2;

/**
 * The first step of every request: refuses query parameters no database stores faithfully
 * ({@link TextValues}: a 400 naming the parameter) and, when the application turned it on, state-changing
 * requests from other sites ({@link CrossSiteWrites}: a 403), before any handler runs.
 */
public final class RequestChecks implements TaskInitializer<JavalinServletContext> {

    private final CrossSiteWrites crossSite;

    /** Checks requests; {@code crossSite} {@code null} leaves cross-site requests to the application. */
    public RequestChecks(CrossSiteWrites crossSite) {
        this.crossSite = crossSite;
    }

    @Override
    public void createTasks(Function2<? super SubmitOrder, ? super Task, Unit> submitTask, JavalinServlet servlet,
            JavalinServletContext ctx, String requestUri) {
        submitTask.invoke(SubmitOrder.FIRST, new Task(true, () -> {
            check(ctx);
            return Unit.INSTANCE;
        }));
    }

    private void check(Context ctx) {
        if (crossSite != null) {
            crossSite.check(ctx);
        }
        for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
            String name = parameter.getKey();
            String problem = TextValues.problem(name);
            if (problem != null) {
                throw new ProblemResponse(Problem.invalidRequest("A query parameter's name " + problem + "."));
            }
            for (String value : parameter.getValue()) {
                problem = TextValues.problem(value);
                if (problem != null) {
                    throw new ProblemResponse(Problem.invalidParameter(name, "Parameter '" + name + "' " + problem + "."));
                }
            }
        }
    }
}
