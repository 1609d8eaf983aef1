package io.github.govmeta.core.net;

import io.github.govmeta.core.finding.LocalizedText;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one check of where a request may go: http and https only, and — unless private addresses are allowed
 * — no host any of whose addresses is loopback, private, link-local (cloud metadata at 169.254.169.254
 * included), unique-local, shared (100.64.0.0/10), multicast or unspecified, except the hosts the caller
 * trusts by name. Applied to the first URL and to every redirect's target before anything is sent to it.
 *
 * <p>Known limit: the address is checked when the host is resolved, and the HTTP client resolves it again
 * to connect; a host whose DNS answer changes in between (DNS rebinding) is not caught.
 */
public final class AddressGuard {
    private final NetworkAccess access;

    public AddressGuard(NetworkAccess access) {
        this.access = access;
    }

    /**
     * @throws FetchException {@link FetchException.Kind#BAD_URL} for a URL that is not http(s) with a host,
     *                        {@link FetchException.Kind#REFUSED} for a private address,
     *                        {@link FetchException.Kind#UNKNOWN_HOST} for a host that does not resolve
     */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FetchException(FetchException.Kind.BAD_URL, new LocalizedText(
                    "อ่านได้เฉพาะ URL แบบ http และ https ไม่ใช่ '" + uri + "'",
                    "only http and https URLs are fetched, not '" + uri + "'"));
        }
        if (access.allowPrivate() || trusted(uri)) {
            return;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.UNKNOWN_HOST, new LocalizedText(
                    "ไม่รู้จักโฮสต์ " + host, "the host " + host + " is not known"));
        }
        for (InetAddress a : addresses) {
            if (privateAddress(a)) {
                throw new FetchException(FetchException.Kind.REFUSED, new LocalizedText(
                        "ไม่อ่าน " + uri + " เพราะโฮสต์ " + host + " เป็นที่อยู่ภายในหรือ loopback (" + a.getHostAddress()
                                + ") ต้องระบุ --allow-private-urls จึงจะอ่านได้",
                        "not fetched: the host " + host + " of " + uri + " is a private or loopback address ("
                                + a.getHostAddress() + "); private addresses are fetched only with --allow-private-urls"));
            }
        }
    }

    private boolean trusted(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return access.trustedHosts().contains(host) || access.trustedHosts().contains(host + ":" + port);
    }

    /** Loopback, private, link-local, unique-local (fc00::/7), shared (100.64.0.0/10), multicast or unspecified. */
    public static boolean privateAddress(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean shared = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocal || shared;
    }
}
