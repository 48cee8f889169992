package io.strata.javalin;

import java.net.InetAddress;
import java.net.UnknownHostException;

import io.javalin.http.Context;

/**
 * Decides who may see the {@linkplain StrataConfig#schemaPage schema page}; a refused request is answered
 * 404, as if there were no page. The default, {@link #loopback()}, lets in only requests whose connection
 * comes from this machine. An application behind a proxy, or with its own sign-in, supplies its own:
 *
 * <pre>{@code
 * strata.schemaPage("/_strata").schemaPageGuard(ctx -> "admin".equals(ctx.sessionAttribute("role")));
 * }</pre>
 *
 * <p>Headers such as {@code X-Forwarded-For} are never trusted by the default: any client can send them.
 */
@FunctionalInterface
public interface SchemaPageGuard {

    /** Whether this request may see the page. */
    boolean allows(Context ctx);

    /** Only requests whose connection's remote address is a loopback one ({@code 127.0.0.0/8}, {@code ::1}). */
    static SchemaPageGuard loopback() {
        return ctx -> isLoopback(ctx.req().getRemoteAddr());
    }

    /** Whether {@code address}, an IP address literal as the server reports it, is a loopback address. */
    static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        // An address literal only: never a name, which would need a DNS lookup to decide.
        if (literal.isEmpty() || !literal.matches("[0-9A-Fa-f:.%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
