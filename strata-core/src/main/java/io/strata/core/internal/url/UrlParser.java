package io.strata.core.internal.url;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.core.ConfigurationException;
import io.strata.core.internal.database.DatabaseType;
import io.strata.core.internal.database.DatabaseTypes;
import io.strata.core.internal.database.GenericDatabaseType;

/**
 * Parses SQLAlchemy-style URLs ({@code sqlite:///app.db}, {@code postgresql://u:p@host/db},
 * {@code mariadb://…}, {@code h2:mem:name}) and plain {@code jdbc:} URLs. Each scheme belongs to a
 * {@link DatabaseType}, which builds its URL; this class holds the syntax they share.
 */
public final class UrlParser {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9]*)[+:]");
    private static final Pattern SERVER = Pattern.compile(
            "(?<scheme>[A-Za-z][A-Za-z0-9]*)(?:\\+[A-Za-z0-9_]+)?://"
                    + "(?:(?<userinfo>[^@/]*)@)?(?<host>\\[[^\\]]*\\]|[^:/?]*)(?::(?<port>[^/?]*))?"
                    + "(?:/(?<db>[^?]*))?(?:\\?(?<query>.*))?");
    private static final Pattern JDBC_SECRET = Pattern.compile("(?i)([?&;])password=([^&;]*)");
    private static final String ENCODE_HINT = "Percent-encode special characters in the user and password"
            + " (@ as %40, / as %2F, : as %3A, ? as %3F, # as %23, % as %25).";

    private final String setting;

    /** A parser whose errors name {@code setting} (e.g. {@code DATABASE_URL} or {@code url}). */
    public UrlParser(String setting) {
        this.setting = setting;
    }

    /** The URL forms accepted, for error messages. */
    public static String supported() {
        return DatabaseTypes.urlForms() + ", or " + GenericDatabaseType.INSTANCE.urlForms();
    }

    /** Parses the URL, or throws a {@link ConfigurationException} saying which part is wrong. */
    public DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw error("is not set. Set it to a database URL such as " + supported() + ".");
        }
        String trimmed = url.strip();
        if (trimmed.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            return jdbc(trimmed);
        }
        Matcher scheme = SCHEME.matcher(trimmed);
        if (scheme.lookingAt()) {
            Optional<DatabaseType> type = DatabaseTypes.forScheme(scheme.group(1));
            if (type.isPresent()) {
                return type.get().parse(trimmed, this);
            }
        }
        Matcher m = serverSyntax(trimmed);
        throw error("has the unknown scheme '" + m.group("scheme").toLowerCase(Locale.ROOT) + "' (in '"
                + maskLoose(trimmed) + "'). Supported: " + supported() + ".");
    }

    private Matcher serverSyntax(String raw) {
        Matcher m = SERVER.matcher(raw);
        if (!m.matches()) {
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                throw error("'" + maskLoose(raw) + "' has no scheme. Use one of: " + supported() + ".");
            }
            throw error("'" + maskLoose(raw) + "' is not a URL of the form scheme://user:password@host:port/database."
                    + " Supported: " + supported() + ". " + ENCODE_HINT);
        }
        return m;
    }

    /**
     * Parses a server URL ({@code scheme[+driver]://user:password@host:port/database?params}) of
     * {@code type} into {@code jdbcPrefix + host:port/database?params}, the credentials kept apart.
     */
    public DatabaseUrl server(DatabaseType type, String raw, int defaultPort, String jdbcPrefix) {
        rejectUnencodedCredentials(raw);
        Matcher m = serverSyntax(raw);
        String masked = maskServer(raw, m);
        String host = m.group("host");
        if (host == null || host.isEmpty()) {
            throw error("'" + masked + "' has no host. Write it as " + type.name()
                    + "://user:password@host:port/database.");
        }
        int port = defaultPort;
        String portText = m.group("port");
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw error("'" + masked + "' has the port '" + portText + "', which is not a number."
                        + " Write the port as digits, e.g. :" + defaultPort + ".");
            }
            if (port < 1 || port > 65535) {
                throw error("'" + masked + "' has the port " + port + ", outside 1-65535.");
            }
        }
        String db = m.group("db");
        if (db == null || db.isEmpty()) {
            throw error("'" + masked + "' names no database. Add it after the host: " + type.name()
                    + "://user:password@" + host + ":" + port + "/mydb.");
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
        props.forEach((k, v) -> jdbcQuery.append(jdbcQuery.length() == 0 ? '?' : '&').append(k).append('=').append(v));
        String jdbcUrl = jdbcPrefix + hostPort + "/" + db + jdbcQuery;
        return new DatabaseUrl(type, jdbcUrl, user, password, Map.of(), hostPort + "/" + db, masked, false);
    }

    /**
     * Takes a {@code jdbc:} URL as it is, for the database whose prefix it has, with a password in
     * it moved out so the URL can be shown and logged.
     */
    public DatabaseUrl jdbc(String raw) {
        DatabaseType type = DatabaseTypes.forJdbcUrl(raw);
        String user = null;
        String password = null;
        String jdbcUrl = raw;
        int start = raw.indexOf("://");
        int at = start < 0 ? -1 : credentialsEnd(raw, start + 3);
        if (at >= 0) {
            // jdbc:kind://user:password@host/… : the credentials go to the driver as properties instead,
            // so the URL the pool keeps (and logs) holds none.
            String userinfo = raw.substring(start + 3, at);
            String masked = maskLoose(raw);
            int colon = userinfo.indexOf(':');
            user = decode(colon < 0 ? userinfo : userinfo.substring(0, colon), "user", masked);
            password = colon < 0 ? null : decode(userinfo.substring(colon + 1), "password", masked);
            jdbcUrl = raw.substring(0, start + 3) + raw.substring(at + 1);
        }
        Matcher secret = JDBC_SECRET.matcher(jdbcUrl);
        if (secret.find()) {
            password = secret.group(2);
            String after = jdbcUrl.substring(secret.end());
            if (secret.group(1).equals("?") && after.startsWith("&")) {
                after = "?" + after.substring(1);
            }
            jdbcUrl = jdbcUrl.substring(0, secret.start()) + after;
        }
        String masked = maskLoose(raw);
        boolean memory = type.inMemory(raw.toLowerCase(Locale.ROOT));
        return new DatabaseUrl(type, jdbcUrl, user, password, Map.of(), masked, masked, memory);
    }

    /** Splits a URL's {@code a=1&b=2} query into its parameters, in order, without decoding them. */
    public static Map<String, String> parameters(String query) {
        Map<String, String> props = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                props.put(pair.substring(0, eq < 0 ? pair.length() : eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return props;
    }

    /** Percent-decodes one part of the URL; {@code what} names the part in the error. */
    public String decode(String part, String what, String masked) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw error("'" + masked + "' has a malformed percent-encoding in the " + what + ". " + ENCODE_HINT);
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

    /**
     * Masks the credentials of a URL that may not parse: everything between the scheme and the
     * {@code @} before the host (all of it when no user name can be told apart), and any
     * {@code password=} parameter. Errors about a URL show only this form.
     */
    public static String maskLoose(String raw) {
        String masked = raw;
        int start = authorityStart(raw);
        int at = start < 0 ? -1 : credentialsEnd(raw, start);
        if (at >= 0) {
            String userinfo = raw.substring(start, at);
            int colon = userinfo.indexOf(':');
            String user = colon > 0 && userinfo.substring(0, colon).matches("[^/@?#]+") ? userinfo.substring(0, colon + 1) : "";
            masked = raw.substring(0, start) + user + "***" + raw.substring(at);
        }
        return JDBC_SECRET.matcher(masked).replaceAll("$1password=***");
    }

    /**
     * Where a URL's credentials would start: after {@code ://}, or after the scheme's {@code :} (the
     * sub-protocol's, for {@code jdbc:}) when the slashes are missing.
     */
    private static int authorityStart(String raw) {
        int slashes = raw.indexOf("://");
        if (slashes >= 0) {
            return slashes + 3;
        }
        int from = raw.regionMatches(true, 0, "jdbc:", 0, 5) ? 5 : 0;
        int colon = raw.indexOf(':', from);
        return colon < 0 ? -1 : colon + 1;
    }

    /**
     * The {@code @} that ends a URL's credentials (starting at {@code start}), or -1: the last one, so a
     * password holding an unencoded {@code @} or {@code /} is still covered, unless that one is in the
     * query and another comes before the query.
     */
    private static int credentialsEnd(String raw, int start) {
        int at = raw.lastIndexOf('@');
        if (at < start) {
            return -1;
        }
        int query = raw.indexOf('?', start);
        if (query >= 0 && query < at) {
            int beforeQuery = raw.lastIndexOf('@', query);
            if (beforeQuery >= start) {
                return beforeQuery;
            }
        }
        return at;
    }

    /** A user or password with an unencoded {@code @} or {@code /} would be split at the wrong place. */
    private void rejectUnencodedCredentials(String raw) {
        int slashes = raw.indexOf("://");
        int at = slashes < 0 ? -1 : credentialsEnd(raw, slashes + 3);
        if (at >= 0) {
            String userinfo = raw.substring(slashes + 3, at);
            if (userinfo.indexOf('@') >= 0 || userinfo.indexOf('/') >= 0) {
                throw error("'" + maskLoose(raw) + "' has an unencoded '@' or '/' in its user or password. "
                        + ENCODE_HINT);
            }
        }
    }

    /** A configuration error about the URL: {@code problem} follows the setting's name. */
    public ConfigurationException error(String problem) {
        return new ConfigurationException(setting, setting + " " + problem);
    }
}
