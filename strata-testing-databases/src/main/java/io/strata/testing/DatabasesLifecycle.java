package io.strata.testing;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Creates the {@link TestDatabase}s a {@link Databases} invocation receives just before the test runs,
 * and removes them just after, so an unreachable server skips (or fails) that invocation alone.
 */
final class DatabasesLifecycle implements InvocationInterceptor {

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        List<TestDatabase> databases = call.getArguments().stream()
                .filter(TestDatabase.class::isInstance).map(TestDatabase.class::cast).collect(Collectors.toList());
        Throwable failure = null;
        try {
            databases.forEach(TestDatabase::open);
            invocation.proceed();
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            for (TestDatabase db : databases) {
                try {
                    db.close();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        throw e;
                    }
                    failure.addSuppressed(e);
                }
            }
        }
    }
}
