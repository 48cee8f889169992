package io.strata.migrations.diff.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.strata.migrations.inspect.internal.SqlText;

/**
 * The canonical form of a check constraint's condition, so that two spellings of one condition
 * compare equal: identifiers without quotes or case, casts dropped ({@code (0)::numeric},
 * {@code CAST(0 AS NUMERIC(1))}), typed literals as plain strings ({@code DATE '2020-01-01'}),
 * {@code IN} lists and {@code = ANY (ARRAY[…])} as {@code OR}s of equalities, {@code BETWEEN} as two
 * comparisons, {@code AND}/{@code OR} operands flattened and sorted, numbers by value, {@code !=} as
 * {@code <>}, {@code ~~} as {@code LIKE}, {@code MOD} as {@code %}. A condition it cannot parse keeps
 * its tokens, compared without case and spacing.
 *
 * <p>What each database does to a condition beyond that (MariaDB's {@code octet_length} for
 * {@code length}, H2's {@code char_length}) is a map of names given by its representation.
 */
public final class CheckExpression {

    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "without", "with", "time", "zone");
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "~~", "!~~");

    private final List<String> tokens;
    private final Map<String, String> aliases;
    private int at;

    private CheckExpression(List<String> tokens, Map<String, String> aliases) {
        this.tokens = tokens;
        this.aliases = aliases;
    }

    /** The canonical form of the condition. */
    public static String canonical(String sql) {
        return canonical(sql, Map.of());
    }

    /**
     * The canonical form of the condition, with the functions and keywords named in {@code aliases}
     * (lower case) renamed, e.g. {@code octet_length → length}, {@code true → 1}.
     */
    public static String canonical(String sql, Map<String, String> aliases) {
        List<String> tokens = tokenize(sql);
        try {
            CheckExpression parser = new CheckExpression(tokens, aliases);
            Node node = parser.expression(0);
            if (parser.at != tokens.size()) {
                throw new IllegalArgumentException("unexpected " + tokens.get(parser.at));
            }
            return node.sql();
        } catch (RuntimeException unparsed) {
            return tokens.stream().map(t -> aliases.getOrDefault(t, t)).collect(Collectors.joining(" "));
        }
    }

    /**
     * Whether {@code after} accepts every row {@code before} accepts, in the two ways an enum's check
     * loosens: it keeps all of {@code before}'s alternatives and adds some ({@code tier IN ('A', 'B')}
     * → {@code tier IN ('A', 'B', 'C')}), or each of its conditions is one of {@code before}'s or a
     * wider bound of the same column ({@code status BETWEEN 0 AND 1} → {@code status BETWEEN 0 AND 2}).
     */
    public static boolean loosens(String before, String after) {
        Node was = parse(before);
        Node is = parse(after);
        if (was == null || is == null) {
            return false;
        }
        if (operands(is, "or").containsAll(operands(was, "or"))) {
            return true;
        }
        return operands(is, "and").stream().allMatch(c -> operands(was, "and").stream().anyMatch(w -> implies(w, c)));
    }

    private static Node parse(String sql) {
        List<String> tokens = tokenize(sql);
        try {
            CheckExpression parser = new CheckExpression(tokens, Map.of());
            Node node = parser.expression(0);
            return parser.at == tokens.size() ? node : null;
        } catch (RuntimeException unparsed) {
            return null;
        }
    }

    private static List<Node> operands(Node node, String op) {
        return node.op().equals(op) ? node.args() : List.of(node);
    }

    /** Whether condition {@code a} implies {@code c}: the same, or {@code x <= 1} implies {@code x <= 2} (and {@code >=} alike). */
    private static boolean implies(Node a, Node c) {
        if (a.sql().equals(c.sql())) {
            return true;
        }
        boolean bounds = a.op().equals("binary") && c.op().equals("binary") && a.text().equals(c.text())
                && (a.text().equals("<=") || a.text().equals(">=")) && a.args().get(0).sql().equals(c.args().get(0).sql())
                && a.args().get(1).op().equals("num") && c.args().get(1).op().equals("num");
        if (!bounds) {
            return false;
        }
        int order = new BigDecimal(a.args().get(1).text()).compareTo(new BigDecimal(c.args().get(1).text()));
        return a.text().equals("<=") ? order <= 0 : order >= 0;
    }

    /** Whether two conditions are the same once canonical. */
    public static boolean same(String a, String b) {
        return a.strip().equals(b.strip()) || canonical(a).equals(canonical(b));
    }

    // ------------------------------------------------------------------ parsing

    private Node expression(int minPrecedence) {
        Node left = prefix();
        while (at < tokens.size()) {
            String op = peek();
            int precedence = precedence(op);
            if (precedence < 0 || precedence < minPrecedence) {
                return left;
            }
            next();
            left = infix(left, op, precedence);
        }
        return left;
    }

    private static int precedence(String op) {
        return switch (op) {
            case "or" -> 1;
            case "and" -> 2;
            case "=", "<>", "!=", "<", ">", "<=", ">=", "~~", "!~~", "is", "like", "in", "between", "not" -> 4;
            case "||" -> 5;
            case "+", "-" -> 6;
            case "*", "/", "%", "mod" -> 7;
            case "::" -> 9;
            default -> -1;
        };
    }

    /** The operation of {@code op} (already read) on {@code left} and what follows. */
    private Node infix(Node left, String op, int precedence) {
        switch (op) {
            case "or", "and" -> {
                return Node.nary(op, left, expression(precedence + 1));
            }
            case "::" -> {
                skipType();
                return left;
            }
            case "is" -> {
                boolean not = accept("not");
                Node right = prefix();
                return Node.binary(not ? "IS NOT" : "IS", left, right);
            }
            case "not" -> {
                String negated = next();
                return negated.equals("in") ? anyOf("<>", left, list(), false) : Node.not(infix(left, negated, precedence));
            }
            case "like" -> {
                return Node.binary("LIKE", left, expression(precedence + 1));
            }
            case "in" -> {
                return anyOf("=", left, list(), true);
            }
            case "between" -> {
                Node low = expression(precedence + 1);
                expect("and");
                Node high = expression(precedence + 1);
                return Node.nary("and", Node.binary(">=", left, low), Node.binary("<=", left, high));
            }
            default -> {
                String canonicalOp = switch (op) {
                    case "!=" -> "<>";
                    case "~~" -> "LIKE";
                    case "mod" -> "%";
                    default -> op;
                };
                if (COMPARISONS.contains(op) && (peekIs("any") || peekIs("some") || peekIs("all"))) {
                    boolean any = !next().equals("all");
                    expect("(");
                    Node values = expression(0);
                    expect(")");
                    if (values.op().equals("list")) {
                        return anyOf(canonicalOp, left, values.args(), any);
                    }
                    return Node.binary(canonicalOp + (any ? " ANY" : " ALL"), left, values);
                }
                if (op.equals("!~~")) {
                    return Node.not(Node.binary("LIKE", left, expression(precedence + 1)));
                }
                return Node.binary(canonicalOp, left, expression(precedence + 1));
            }
        }
    }

    /** {@code x IN (a, b)} as {@code x = a OR x = b}; {@code x <> ALL (…)} as an {@code AND}. */
    private static Node anyOf(String op, Node left, List<Node> values, boolean any) {
        List<Node> each = values.stream().map(v -> Node.binary(op, left, v)).toList();
        return each.size() == 1 ? each.get(0) : Node.nary(any ? "or" : "and", each.toArray(Node[]::new));
    }

    private Node prefix() {
        String token = next();
        switch (token) {
            case "not" -> {
                return Node.not(expression(3));
            }
            case "-" -> {
                Node operand = expression(8);
                return operand.op().equals("num") ? Node.leaf("num", number("-" + operand.text())) : Node.unary("-", operand);
            }
            case "+" -> {
                return expression(8);
            }
            case "(" -> {
                List<Node> items = new ArrayList<>();
                items.add(expression(0));
                while (accept(",")) {
                    items.add(expression(0));
                }
                expect(")");
                return items.size() == 1 ? items.get(0) : Node.list(items);
            }
            default -> {
                return word(token);
            }
        }
    }

    private Node word(String token) {
        char first = token.charAt(0);
        if (first == '\'') {
            return Node.leaf("str", token);
        }
        if (Character.isDigit(first) || first == '.') {
            return Node.leaf("num", number(token));
        }
        if (!Character.isLetter(first) && first != '_' && first != '"') {
            throw new IllegalArgumentException("unexpected " + token);
        }
        if (first == '"') {
            return Node.leaf("id", token.substring(1));
        }
        if (token.equals("cast") && peekIs("(")) {
            next();
            Node value = expression(0);
            expect("as");
            skipType();
            expect(")");
            return value;
        }
        if (token.equals("array") && peekIs("[")) {
            next();
            List<Node> items = new ArrayList<>();
            if (!peekIs("]")) {
                do {
                    items.add(expression(0));
                } while (accept(","));
            }
            expect("]");
            return Node.list(items);
        }
        if ((token.equals("date") || token.equals("time") || token.equals("timestamp")) && peek() != null
                && peek().startsWith("'")) {
            return Node.leaf("str", next());
        }
        String name = aliases.getOrDefault(token, token);
        if (peekIs("(")) {
            next();
            List<Node> args = new ArrayList<>();
            if (!peekIs(")")) {
                do {
                    args.add(accept("*") ? Node.leaf("id", "*") : expression(0));
                } while (accept(","));
            }
            expect(")");
            return name.equals("mod") && args.size() == 2 ? Node.binary("%", args.get(0), args.get(1))
                    : Node.call(name, args);
        }
        if (Set.of("null", "true", "false").contains(name) || !name.equals(token)) {
            return Node.leaf("kw", name);
        }
        return Node.leaf("id", token);
    }

    private List<Node> list() {
        Node values = prefix();
        return values.op().equals("list") ? values.args() : List.of(values);
    }

    /** Skips a type name: {@code numeric}, {@code character varying(10)}, {@code text[]}. */
    private void skipType() {
        next();
        while (peek() != null && TYPE_WORDS.contains(peek())) {
            next();
        }
        if (peekIs("(")) {
            while (!next().equals(")")) {
                // the type's length, precision and scale
            }
        }
        while (peekIs("[")) {
            next();
            expect("]");
        }
    }

    private static String number(String text) {
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            return value.signum() == 0 ? "0" : value.toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private String peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private boolean peekIs(String token) {
        return token.equals(peek());
    }

    private String next() {
        if (at >= tokens.size()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return tokens.get(at++);
    }

    private boolean accept(String token) {
        if (peekIs(token)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("expected " + token + " at " + peek());
        }
    }

    // ------------------------------------------------------------------ tokens

    /**
     * The condition's tokens: words and identifiers in lower case (a quoted identifier keeps a
     * leading {@code "}), string literals as written, operators.
     */
    static List<String> tokenize(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = SqlText.endOfQuoted(sql, i);
                tokens.add(sql.substring(i, end + 1));
                i = end + 1;
            } else if (c == '"' || c == '`') {
                int end = SqlText.endOfQuoted(sql, i);
                tokens.add("\"" + sql.substring(i + 1, end).toLowerCase(Locale.ROOT));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(sql.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1)))) {
                int end = i;
                while (end < sql.length() && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                if (end < sql.length() && (sql.charAt(end) == 'e' || sql.charAt(end) == 'E')) {
                    end++;
                    if (end < sql.length() && (sql.charAt(end) == '-' || sql.charAt(end) == '+')) {
                        end++;
                    }
                    while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                        end++;
                    }
                }
                tokens.add(sql.substring(i, end));
                i = end;
            } else {
                String op = operator(sql, i);
                tokens.add(op);
                i += op.length();
            }
        }
        return tokens;
    }

    private static String operator(String sql, int i) {
        for (String op : List.of("!~~", "::", "<=", ">=", "<>", "!=", "||", "~~")) {
            if (sql.startsWith(op, i)) {
                return op;
            }
        }
        return String.valueOf(sql.charAt(i));
    }

    // ------------------------------------------------------------------ tree

    /** A parsed condition: a leaf ({@code id}, {@code num}, {@code str}, {@code kw}) or an operator over its arguments. */
    private record Node(String op, String text, List<Node> args) {

        static Node leaf(String kind, String text) {
            return new Node(kind, text, List.of());
        }

        static Node unary(String op, Node operand) {
            return new Node("unary", op, List.of(operand));
        }

        static Node not(Node operand) {
            return operand.op().equals("not") ? operand.args().get(0) : new Node("not", "NOT", List.of(operand));
        }

        static Node binary(String op, Node left, Node right) {
            return new Node("binary", op, List.of(left, right));
        }

        static Node call(String name, List<Node> args) {
            return new Node("call", name, List.copyOf(args));
        }

        static Node list(List<Node> items) {
            return new Node("list", "", List.copyOf(items));
        }

        /** {@code AND}/{@code OR} with nested ones of the same kind flattened, operands sorted and without repeats. */
        static Node nary(String op, Node... operands) {
            List<Node> flat = new ArrayList<>();
            for (Node operand : operands) {
                if (operand.op().equals(op)) {
                    flat.addAll(operand.args());
                } else {
                    flat.add(operand);
                }
            }
            List<Node> sorted = flat.stream().collect(Collectors.toMap(Node::sql, n -> n, (a, b) -> a,
                    java.util.TreeMap::new)).values().stream().toList();
            return sorted.size() == 1 ? sorted.get(0) : new Node(op, op.toUpperCase(Locale.ROOT), sorted);
        }

        boolean isLeaf() {
            return args.isEmpty() && !op.equals("call") && !op.equals("list");
        }

        String sql() {
            return switch (op) {
                case "id", "num", "str", "kw" -> text;
                case "unary" -> text + operand(args.get(0));
                case "not" -> "NOT " + operand(args.get(0));
                case "binary" -> operand(args.get(0)) + " " + text + " " + operand(args.get(1));
                case "call" -> text + "(" + args.stream().map(Node::sql).collect(Collectors.joining(", ")) + ")";
                case "list" -> "(" + args.stream().map(Node::sql).collect(Collectors.joining(", ")) + ")";
                default -> args.stream().map(Node::operand).collect(Collectors.joining(" " + text + " "));
            };
        }

        private static String operand(Node n) {
            return n.isLeaf() || n.op().equals("call") || n.op().equals("list") ? n.sql() : "(" + n.sql() + ")";
        }
    }
}
