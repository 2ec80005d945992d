package net.sellmeapen.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address of the client behind a request, for per-client limits. A request that comes from this
 * machine (nginx in front, the documented set-up) is attributed to the last address nginx appended
 * to {@code X-Forwarded-For}; from anywhere else the header is ignored, since any client can send it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(Context ctx) {
        String remote = ctx.ip();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !loopback(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? remote : last;
    }

    /** The socket's address is always an IP literal, so this never looks up a name. */
    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
