package io.strata.migrations.writer.internal;

import static io.strata.migrations.writer.internal.JavaLiterals.string;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a revision source file: package, imports, the {@code @Revision} annotation, and a
 * class implementing {@code Migration} whose {@code upgrade} and {@code downgrade} record the steps.
 *
 * @param packageName the package
 * @param className the simple class name
 * @param id the revision id
 * @param parents the parent revision ids
 * @param message the message
 * @param created when it was written, ISO-8601
 * @param notes comment lines at the top of {@code upgrade} (what must be written by hand)
 * @param upgrade the upgrade steps
 * @param downgrade the downgrade steps
 * @param header comment lines above the annotation (the compatibility verdict a reviewer checks)
 * @param attributes more attributes of the annotation, by name (e.g. {@code contract}), in order
 */
public record RevisionTemplate(String packageName, String className, String id, List<String> parents, String message,
        String created, List<String> notes, List<Step> upgrade, List<Step> downgrade, List<String> header,
        java.util.Map<String, String> attributes) {

    private static final String BODY = "        ";

    /** The source text, ending with a newline. */
    public String render() {
        Imports imports = new Imports();
        imports.add("io.strata.migrations.operations.Ops");
        imports.add("io.strata.migrations.revision.Migration");
        imports.add("io.strata.migrations.revision.Revision");
        OperationSource source = new OperationSource(imports);
        List<String> up = body(notes, upgrade, source);
        List<String> down = body(List.of(), downgrade, source);

        List<String> lines = new ArrayList<>();
        lines.add("package " + packageName + ";");
        lines.add("");
        lines.addAll(imports.lines());
        lines.add("");
        header.forEach(h -> lines.add("// " + h));
        lines.add("@Revision(");
        lines.add("        id = " + string(id) + ",");
        lines.add("        parents = {" + parents.stream().map(JavaLiterals::string).collect(Collectors.joining(", ")) + "},");
        lines.add("        message = " + string(message) + ",");
        lines.add("        created = " + string(created) + (attributes.isEmpty() ? ")" : ","));
        List<String> extra = new ArrayList<>(attributes.keySet());
        for (int i = 0; i < extra.size(); i++) {
            lines.add("        " + extra.get(i) + " = " + string(attributes.get(extra.get(i))) + (i == extra.size() - 1 ? ")" : ","));
        }
        lines.add("public final class " + className + " implements Migration {");
        lines.add("");
        method(lines, "upgrade", up);
        lines.add("");
        method(lines, "downgrade", down);
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    private static void method(List<String> lines, String name, List<String> body) {
        lines.add("    @Override");
        lines.add("    public void " + name + "(Ops ops) {");
        lines.addAll(body);
        lines.add("    }");
    }

    private static List<String> body(List<String> notes, List<Step> steps, OperationSource source) {
        List<String> lines = new ArrayList<>();
        notes.forEach(n -> lines.add(BODY + "// " + n));
        for (Step step : steps) {
            step.comments().forEach(c -> lines.add(BODY + "// " + c));
            step.operation().accept(source).forEach(l -> lines.add(BODY + l));
        }
        if (lines.isEmpty()) {
            lines.add(BODY + "// no schema changes");
        }
        return lines;
    }
}
