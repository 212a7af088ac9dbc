package org.supervision.platform.idempotency;

/** A creating request sent with an Idempotency-Key: what a retry must repeat exactly to be answered again. */
public record KeyedRequest(String caller, String key, String method, String path, String bodyHash) {

    boolean sameAs(String otherMethod, String otherPath, String otherBodyHash) {
        return method.equals(otherMethod) && path.equals(otherPath) && bodyHash.equals(otherBodyHash);
    }
}
