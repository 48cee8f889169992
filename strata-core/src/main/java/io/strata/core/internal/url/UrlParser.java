package io.strata.core.internal.url;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.core.ConfigurationException;

/**
 * Parses SQLAlchemy-style URLs ({@code sqlite:///app.db}, {@code postgresql://u:p@host/db},
 * {@code mariadb://…}, {@code h2:mem:name}) and plain {@code jdbc:} URLs.
 */
public final class UrlParser {

    /** The schemes accepted, for error messages. */
    public static final String SUPPORTED = "sqlite:///file.db, sqlite:// (in memory), postgresql://user:password@host:port/db,"
            + " mysql://… or mariadb://user:password@host:port/db, h2:mem:name, h2:file:path, or any jdbc: URL";

    private static final Pattern SERVER = Pattern.compile(
            "(?<scheme>[A-Za-z][A-Za-z0-9]*)(?:\\+[A-Za-z0-9_]+)?://"
                    + "(?:(?<userinfo>[^@/]*)@)?(?<host>\\[[^\\]]*\\]|[^:/?]*)(?::(?<port>[^/?]*))?"
                    + "(?:/(?<db>[^?]*))?(?:\\?(?<query>.*))?");
    private static final Pattern JDBC_SECRET = Pattern.compile("(?i)([?&;])password=([^&;]*)");

    private final String setting;

    /** A parser whose errors name {@code setting} (e.g. {@code DATABASE_URL} or {@code url}). */
    public UrlParser(String setting) {
        this.setting = setting;
    }

    /** Parses the URL, or throws a {@link ConfigurationException} saying which part is wrong. */
    public DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw error("is not set. Set it to a database URL such as " + SUPPORTED + ".", null);
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return jdbc(trimmed);
        }
        if (lower.startsWith("h2:")) {
            return h2(trimmed);
        }
        if (lower.startsWith("sqlite:") || lower.startsWith("sqlite+")) {
            return sqlite(trimmed);
        }
        Matcher m = SERVER.matcher(trimmed);
        if (!m.matches()) {
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw error("'" + maskLoose(trimmed) + "' has no scheme. Use one of: " + SUPPORTED + ".", null);
            }
            throw error("'" + maskLoose(trimmed) + "' is not a URL of the form scheme://user:password@host:port/database."
                    + " Supported: " + SUPPORTED + ".", null);
        }
        String scheme = m.group("scheme").toLowerCase(Locale.ROOT);
        DatabaseKind kind = switch (scheme) {
            case "postgresql", "postgres", "pgsql" -> DatabaseKind.POSTGRESQL;
            case "mysql", "mariadb" -> DatabaseKind.MARIADB;
            default -> throw error("has the unknown scheme '" + scheme + "' (in '" + maskLoose(trimmed)
                    + "'). Supported: " + SUPPORTED + ".", null);
        };
        return server(kind, trimmed, m);
    }

    private DatabaseUrl server(DatabaseKind kind, String raw, Matcher m) {
        String masked = maskServer(raw, m);
        String host = m.group("host");
        if (host == null || host.isEmpty()) {
            throw error("'" + masked + "' has no host. Write it as " + kind.dialectName()
                    + "://user:password@host:port/database.", null);
        }
        int port = kind.defaultPort();
        String portText = m.group("port");
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw error("'" + masked + "' has the port '" + portText + "', which is not a number."
                        + " Write the port as digits, e.g. :" + kind.defaultPort() + ".", null);
            }
            if (port < 1 || port > 65535) {
                throw error("'" + masked + "' has the port " + port + ", outside 1-65535.", null);
            }
        }
        String db = m.group("db");
        if (db == null || db.isEmpty()) {
            throw error("'" + masked + "' names no database. Add it after the host: " + kind.dialectName()
                    + "://user:password@" + host + ":" + port + "/mydb.", null);
        }
        db = decode(db, "database name", masked);
        String user = null;
        String password = null;
        String userinfo = m.group("userinfo");
        if (userinfo != null && !userinfo.isEmpty()) {
            int colon = userinfo.indexOf(':');
            user = decode(colon < 0 ? userinfo : userinfo.substring(0, colon), "user", masked);
            password = colon < 0 ? null : decode(userinfo.substring(colon + 1), "password", masked);
        }
        String query = m.group("query");
        Map<String, String> props = new LinkedHashMap<>();
        StringBuilder jdbcQuery = new StringBuilder();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq), "query parameter", masked);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "query parameter " + key, masked);
                if (key.equalsIgnoreCase("password")) {
                    password = value;
                } else if (key.equalsIgnoreCase("user")) {
                    user = value;
                } else {
                    props.put(key, value);
                }
            }
        }
        String hostPort = host + ":" + port;
        String prefix = kind == DatabaseKind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://";
        props.forEach((k, v) -> jdbcQuery.append(jdbcQuery.length() == 0 ? '?' : '&').append(k).append('=').append(v));
        String jdbcUrl = prefix + hostPort + "/" + db + jdbcQuery;
        return new DatabaseUrl(kind, jdbcUrl, user, password, Map.of(), hostPort + "/" + db, masked, false);
    }

    private DatabaseUrl sqlite(String raw) {
        int sep = raw.indexOf("://");
        if (sep < 0) {
            throw error("'" + raw + "' is not a SQLite URL. Write sqlite:///relative/path.db, sqlite:////absolute/path.db"
                    + " or sqlite:// for an in-memory database.", null);
        }
        String rest = raw.substring(sep + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (rest.isEmpty() || rest.equals("/") || rest.equals("/:memory:")) {
            String name = "strata-" + UUID.randomUUID();
            return new DatabaseUrl(DatabaseKind.SQLITE, "jdbc:sqlite:file:" + name + "?mode=memory&cache=shared",
                    null, null, Map.of(), "in-memory SQLite", raw, true);
        }
        if (!rest.startsWith("/")) {
            throw error("'" + raw + "' has a host part ('" + rest + "'); SQLite URLs have none. Write sqlite:///"
                    + rest + " for a relative path or sqlite:////" + rest + " for an absolute one.", null);
        }
        String path = decode(rest.substring(1), "file path", raw);
        Map<String, String> props = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                props.put(pair.substring(0, eq < 0 ? pair.length() : eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return new DatabaseUrl(DatabaseKind.SQLITE, "jdbc:sqlite:" + path, null, null, props, path, raw, false);
    }

    private DatabaseUrl h2(String raw) {
        String rest = raw.substring(3);
        if (rest.startsWith("mem:")) {
            String name = rest.substring(4);
            if (name.isEmpty()) {
                name = "strata-" + UUID.randomUUID();
            }
            return new DatabaseUrl(DatabaseKind.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "",
                    Map.of(), "in-memory H2 '" + name + "'", raw, true);
        }
        if (rest.startsWith("file:") && rest.length() > 5) {
            return new DatabaseUrl(DatabaseKind.H2, "jdbc:h2:" + rest, "sa", "", Map.of(), rest.substring(5), raw, false);
        }
        throw error("'" + raw + "' is not an H2 URL. Write h2:mem:name for in-memory or h2:file:path for a file.", null);
    }

    private DatabaseUrl jdbc(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        DatabaseKind kind;
        if (lower.startsWith("jdbc:sqlite:")) {
            kind = DatabaseKind.SQLITE;
        } else if (lower.startsWith("jdbc:h2:")) {
            kind = DatabaseKind.H2;
        } else if (lower.startsWith("jdbc:postgresql:")) {
            kind = DatabaseKind.POSTGRESQL;
        } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            kind = DatabaseKind.MARIADB;
        } else {
            kind = DatabaseKind.OTHER;
        }
        // A password inside a JDBC URL is moved out of it, so the URL can be shown and logged.
        Matcher secret = JDBC_SECRET.matcher(raw);
        String password = null;
        String jdbcUrl = raw;
        if (secret.find()) {
            password = secret.group(2);
            String after = raw.substring(secret.end());
            if (secret.group(1).equals("?") && after.startsWith("&")) {
                after = "?" + after.substring(1);
            }
            jdbcUrl = raw.substring(0, secret.start()) + after;
        }
        String masked = secret.reset().replaceAll("$1password=***");
        boolean memory = lower.startsWith("jdbc:h2:mem:") || lower.contains(":memory:") || lower.contains("mode=memory");
        return new DatabaseUrl(kind, jdbcUrl, null, password, Map.of(), masked, masked, memory);
    }

    private String decode(String part, String what, String masked) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw error("'" + masked + "' has a malformed percent-encoding in the " + what
                    + ". Encode special characters as %XX (for example @ as %40, : as %3A, / as %2F).", null);
        }
    }

    private static String maskServer(String raw, Matcher m) {
        String userinfo = m.group("userinfo");
        if (userinfo == null || userinfo.indexOf(':') < 0) {
            return JDBC_SECRET.matcher(raw).replaceAll("$1password=***");
        }
        int start = m.start("userinfo");
        int colon = start + userinfo.indexOf(':');
        String masked = raw.substring(0, colon + 1) + "***" + raw.substring(m.end("userinfo"));
        return JDBC_SECRET.matcher(masked).replaceAll("$1password=***");
    }

    /** Masks whatever looks like a password in a string that did not parse. */
    private static String maskLoose(String raw) {
        String masked = raw.replaceAll("(://[^:@/]*:)[^@/]*@", "$1***@");
        return JDBC_SECRET.matcher(masked).replaceAll("$1password=***");
    }

    private ConfigurationException error(String problem, Throwable cause) {
        return new ConfigurationException(setting, setting + " " + problem, cause);
    }
}
