package org.supervision.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Every rule of the webhook URL check, without DNS: names resolve through a table, as a rebinding resolver might. */
class WebhookUrlPolicyTest {

    /** Names and what they resolve to; anything else does not resolve. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.org", List.of("93.184.216.34"),
            "rebound.example.org", List.of("10.0.0.7"),
            "metadata.example.org", List.of("169.254.169.254"),
            "mixed.example.org", List.of("93.184.216.34", "192.168.1.20"),
            "sms-gateway.gov.internal", List.of("10.20.30.40"));

    private static WebhookUrlPolicy policy(boolean allowHttp, List<String> allowed) {
        return new WebhookUrlPolicy(allowHttp, allowed, host -> {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] {InetAddress.getByName(host)}; // a literal: parsed, not looked up
            }
            List<String> addresses = DNS.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        });
    }

    private final WebhookUrlPolicy strict = policy(false, List.of());

    private static String rule(Optional<WebhookUrlPolicy.Refusal> refusal) {
        return refusal.map(WebhookUrlPolicy.Refusal::rule).orElse("allowed");
    }

    @Test
    void aPublicHttpsReceiverIsAllowed() {
        assertEquals("allowed", rule(strict.check("https://hooks.example.org/supervision?token=abc")));
        assertEquals("allowed", rule(strict.check("https://93.184.216.34:8443/in")));
        assertEquals("allowed", rule(strict.check("https://172.32.0.1/in")), "just outside 172.16.0.0/12");
        assertEquals("allowed", rule(strict.check("https://[2001:4860:4860::8888]/in")));
    }

    @Test
    void plainHttpOnlyWhereConfigured() {
        assertEquals("https-required", rule(strict.check("http://hooks.example.org/in")));
        assertEquals("https-required", rule(strict.check("ftp://hooks.example.org/in")));
        assertEquals("allowed", rule(policy(true, List.of()).check("http://hooks.example.org/in")));
    }

    @Test
    void loopbackLinkLocalPrivateUniqueLocalMulticastAndUnspecifiedAreRefused() {
        for (String url : List.of("https://127.0.0.1/in", "https://127.8.9.10/in", "https://[::1]/in",
                "https://169.254.169.254/latest/meta-data", "https://[fe80::1]/in",
                "https://10.0.0.1/in", "https://172.16.0.1/in", "https://172.31.255.255/in", "https://192.168.0.1/in",
                "https://[fd00::1]/in", "https://[fc12:3456::1]/in",
                "https://224.0.0.1/in", "https://[ff02::1]/in",
                "https://0.0.0.0/in", "https://[::]/in", "https://100.64.0.1/in",
                "https://[::ffff:10.0.0.1]/in", "https://[::ffff:127.0.0.1]/in")) {
            Optional<WebhookUrlPolicy.Refusal> refusal = strict.check(url);
            assertEquals("public-address", rule(refusal), url);
            assertTrue(refusal.orElseThrow().message().contains("resolves to"), refusal.orElseThrow().message());
        }
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        assertEquals("public-address", rule(strict.check("https://rebound.example.org/in")));
        assertEquals("public-address", rule(strict.check("https://metadata.example.org/in")));
        Optional<WebhookUrlPolicy.Refusal> mixed = strict.check("https://mixed.example.org/in");
        assertEquals("public-address", rule(mixed), "one private address is enough");
        assertTrue(mixed.orElseThrow().message().contains("192.168.1.20") && mixed.orElseThrow().message().contains("private"),
                mixed.orElseThrow().message());
        assertEquals("resolvable-host", rule(strict.check("https://no-such-host.example.org/in")));
    }

    @Test
    void malformedOrCredentialBearingUrlsAreRefused() {
        assertEquals("host-required", rule(strict.check("https:///in")));
        assertEquals("url", rule(strict.check("https://exa mple.org/in")));
        assertEquals("no-credentials", rule(strict.check("https://user:pw@hooks.example.org/in")));
    }

    @Test
    void configuredExceptionsAllowNamedInternalHostsAndAddressesOnly() {
        WebhookUrlPolicy allowing = policy(true, List.of("sms-gateway.gov.internal", "LOCALHOST", "127.0.0.1", "::1"));
        assertEquals("allowed", rule(allowing.check("https://sms-gateway.gov.internal/send")));
        assertEquals("allowed", rule(allowing.check("http://localhost:8089/hook")));
        assertEquals("allowed", rule(allowing.check("http://127.0.0.1:8089/hook")));
        assertEquals("allowed", rule(allowing.check("http://[0:0:0:0:0:0:0:1]:8089/hook")), "the same address written out");
        assertEquals("public-address", rule(allowing.check("https://rebound.example.org/in")));
        assertEquals("public-address", rule(allowing.check("http://127.0.0.2/hook")));
    }
}
