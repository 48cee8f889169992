package io.strata.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The arguments of {@link Databases}: per kind (those of the test class's annotation if it has one, else
 * the method's), the kind and/or a not yet created {@link TestDatabase}.
 */
final class DatabasesSource implements ArgumentsProvider, AnnotationConsumer<Databases> {

    private List<DbKind> kinds = List.of(DbKind.values());

    @Override
    public void accept(Databases databases) {
        kinds = kinds(databases);
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        List<Class<?>> types = new ArrayList<>();
        for (ParameterDeclaration parameter : parameters.getAll()) {
            Class<?> type = parameter.getParameterType();
            if (type != DbKind.class && type != TestDatabase.class) {
                break;
            }
            types.add(type);
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("@Databases on " + parameters.getSourceElementDescription()
                    + " needs a first parameter of type TestDatabase or DbKind");
        }
        List<DbKind> chosen = AnnotationSupport.findAnnotation(context.getTestClass(), Databases.class)
                .map(DatabasesSource::kinds).orElse(kinds);
        return chosen.stream().map(kind -> Arguments.of(types.stream()
                .map(type -> type == DbKind.class ? kind : new TestDatabase(kind))
                .toArray()));
    }

    private static List<DbKind> kinds(Databases databases) {
        return databases.value().length == 0 ? List.of(DbKind.values()) : List.copyOf(Arrays.asList(databases.value()));
    }
}
