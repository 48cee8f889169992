package io.strata.javalin.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Refuses requests that change state (any method but GET, HEAD, OPTIONS and TRACE) which a browser sent
 * from another site: a forged form post or {@code fetch} (CSRF). Browsers say where a request comes from
 * with {@code Sec-Fetch-Site} (all current ones) and {@code Origin}; a request with neither is not from a
 * browser page (curl, a service) and passes. Origins the application trusts ({@code https://admin.example.com})
 * pass too.
 */
public final class CrossSiteWrites {

    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS,
            HandlerType.TRACE);

    private final Set<String> trustedOrigins;

    /** A check trusting {@code trustedOrigins} (each {@code scheme://host[:port]}, as {@link #origin} gives). */
    public CrossSiteWrites(Set<String> trustedOrigins) {
        this.trustedOrigins = Set.copyOf(trustedOrigins);
    }

    /**
     * {@code origin} as browsers send it ({@code https://shop.example.com:8443}: lower case, no path), or
     * {@code null} when it is not such an origin.
     */
    public static String origin(String origin) {
        try {
            URI uri = new URI(origin.strip());
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
            if (uri.getScheme() == null || uri.getHost() == null || !bare || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Throws a 403 when {@code ctx} changes state and comes from a page of another site the application does not trust. */
    public void check(Context ctx) {
        if (SAFE_METHODS.contains(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && trustedOrigins.contains(String.valueOf(origin(origin)))) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            String from = site.strip().toLowerCase(Locale.ROOT);
            if (from.equals("same-origin") || from.equals("none")) {
                return;
            }
            throw refused(ctx, origin != null ? origin : "a page of another site (Sec-Fetch-Site: " + from + ")");
        }
        // An older browser: no Sec-Fetch-Site, but an Origin to compare with the host it was sent to.
        if (origin == null || sameHost(origin, ctx.header("Host"))) {
            return;
        }
        throw refused(ctx, origin);
    }

    private static boolean sameHost(String origin, String host) {
        String normalized = origin(origin);
        if (normalized == null || host == null) {
            return false;
        }
        String authority = normalized.substring(normalized.indexOf("://") + 3);
        return authority.equals(host.strip().toLowerCase(Locale.ROOT));
    }

    private static ProblemResponse refused(Context ctx, String from) {
        return new ProblemResponse(Problem.crossSiteRequest("A " + ctx.method().name() + " sent by " + from
                + " to this site was refused: pages of other sites may not change data here. If that origin should be"
                + " allowed, add it to the application's trusted origins."));
    }
}
