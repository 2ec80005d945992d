package net.sellmeapen.web;

import io.javalin.http.Context;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For}, {@code -Proto} and {@code -Host} headers are believed
 * (by default this machine's loopback addresses, where nginx runs). From anyone else the headers are
 * ignored, since any client can send them. The client is the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy.
 */
public final class TrustedProxies {

    /** The default: nginx on the same machine. */
    public static final String LOOPBACK = "127.0.0.0/8,::1/128";

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.\\[\\]]{2,45}");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final int MAX_HOPS = 20;

    private final List<Range> ranges;

    private record Range(BigInteger first, BigInteger last, int bytes) {

        boolean contains(InetAddress address) {
            byte[] raw = address.getAddress();
            if (raw.length != bytes) {
                return false;
            }
            BigInteger value = new BigInteger(1, raw);
            return value.compareTo(first) >= 0 && value.compareTo(last) <= 0;
        }
    }

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Parses a comma-separated list of addresses and CIDR ranges, e.g. {@code 127.0.0.0/8,::1/128,10.0.0.5}.
     *
     * @throws IllegalArgumentException naming the entry that is not an IP address or range
     */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : list.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR range");
            }
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("'" + entry + "' has a prefix length outside 0-" + bits);
                }
            }
            BigInteger value = new BigInteger(1, address.getAddress());
            BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
            BigInteger first = value.andNot(hostMask);
            ranges.add(new Range(first, first.or(hostMask), address.getAddress().length));
        }
        return new TrustedProxies(ranges);
    }

    /** The client behind the request: the socket's address, or what trusted proxies say it was. */
    public String client(Context ctx) {
        String remote = ctx.req().getRemoteAddr();
        if (!trusted(remote)) {
            return remote;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        String client = remote;
        for (int i = hops.length - 1; i >= 0 && i >= hops.length - MAX_HOPS; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return client; // not an address: stop believing the rest of the chain
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** {@code http} or {@code https} as the client used it. */
    public String scheme(Context ctx) {
        String proto = forwarded(ctx, "X-Forwarded-Proto");
        if (proto != null) {
            String first = proto.split(",")[0].strip().toLowerCase(Locale.ROOT);
            if (first.equals("http") || first.equals("https")) {
                return first;
            }
        }
        return ctx.req().getScheme();
    }

    /** The host (and port) the client asked for. */
    public String host(Context ctx) {
        String host = forwarded(ctx, "X-Forwarded-Host");
        if (host != null && !host.isBlank() && host.length() <= 255) {
            return host.split(",")[0].strip();
        }
        String header = ctx.header("Host");
        return header == null ? "" : header.strip();
    }

    /** The origin the client's browser sees, e.g. {@code https://www.sellmeapen.net}, without a default port. */
    public String publicOrigin(Context ctx) {
        String scheme = scheme(ctx);
        try {
            URI uri = URI.create(scheme + "://" + host(ctx));
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https")
                    && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException | NullPointerException e) {
            return scheme + "://" + host(ctx).toLowerCase(Locale.ROOT);
        }
    }

    private String forwarded(Context ctx, String header) {
        return trusted(ctx.req().getRemoteAddr()) ? ctx.header(header) : null;
    }

    boolean trusted(String address) {
        InetAddress parsed = literal(address);
        return parsed != null && ranges.stream().anyMatch(range -> range.contains(parsed));
    }

    /** The address an IP literal names, never looking a name up; null for anything else. */
    private static InetAddress literal(String text) {
        String bare = text.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        // only strict literals reach InetAddress, which would otherwise look a name up
        boolean v4 = IPV4.matcher(bare).matches();
        if (!LITERAL.matcher(bare).matches() || !v4 && !bare.contains(":")) {
            return null;
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
