package org.supervision.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps webhooks from being turned against the service's own network (SSRF): a receiver must be
 * https (http only where configured), and its host must resolve to public addresses only — not
 * loopback, link-local (169.254.0.0/16, where cloud metadata lives), private (10/8, 172.16/12,
 * 192.168/16), shared (100.64/10), unique-local IPv6 (fc00::/7), multicast or unspecified —
 * unless the host or address is explicitly allowed in configuration. Checked at registration and
 * again before every delivery, because what a name resolves to can change.
 *
 * <p>The HTTP client resolves the name again when it connects; a rebinding between the check and
 * the connection is not excluded by this check alone (network egress rules are the second wall).
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    /** Why a URL is refused: the rule's name (for problem details) and a message that names the address. */
    public record Refusal(String rule, String message) {
    }

    /** How names are resolved; tests may resolve without DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final Set<String> allowedHosts;
    /** The allowed entries that are IP literals, so that "::1" also allows "0:0:0:0:0:0:0:1". */
    private final Set<InetAddress> allowedAddresses;
    private final Resolver resolver;

    @Inject
    public WebhookUrlPolicy(WebhookSettings settings) {
        this(settings.allowHttp(), settings.allowedHosts().orElse(List.of()), InetAddress::getAllByName);
    }

    public WebhookUrlPolicy(boolean allowHttp, List<String> allowedHosts, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowedHosts = allowedHosts.stream().map(WebhookUrlPolicy::normal).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.allowedAddresses = this.allowedHosts.stream().filter(WebhookUrlPolicy::isLiteral).map(h -> {
            try {
                return InetAddress.getByName(h); // a literal: parsed, never looked up
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("supervision.webhooks.allowed-hosts: " + h + " is not an address", e);
            }
        }).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    /** Empty when the URL may be posted to. */
    public Optional<Refusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return refuse("url", "not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return refuse("https-required", allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return refuse("host-required", "names no host");
        }
        if (uri.getRawUserInfo() != null) {
            return refuse("no-credentials", "must not carry a user name or password before the host");
        }
        String normalHost = normal(host);
        if (allowedHosts.contains(normalHost)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(normalHost);
        } catch (UnknownHostException e) {
            return refuse("resolvable-host", "host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (allowedAddresses.contains(address)) {
                continue;
            }
            String internal = internal(address);
            if (internal != null) {
                return refuse("public-address", "host " + host + " resolves to " + address.getHostAddress() + ", a "
                        + internal + " address; only public addresses may receive webhooks");
            }
        }
        return Optional.empty();
    }

    /** What kind of internal address this is, or null for a public one. */
    static String internal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified (0.0.0.0 or ::)";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local (incl. cloud metadata)";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
                return "private";
            }
            if (first == 0) {
                return "unspecified (0.0.0.0/8)";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "shared (carrier-grade NAT)";
            }
            if (first == 255 && second == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
                return "broadcast";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            if (address.isSiteLocalAddress()) {
                return "site-local";
            }
            if (isMappedOrCompatibleV4(b)) {
                try {
                    String embedded = internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                    return embedded == null ? null : embedded + " (IPv4 inside IPv6)";
                } catch (UnknownHostException e) {
                    return "malformed";
                }
            }
        }
        return null;
    }

    /** ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): Java hands most of these over as IPv4 already. */
    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
    }

    private static String normal(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static Optional<Refusal> refuse(String rule, String message) {
        return Optional.of(new Refusal(rule, message));
    }
}
