package org.supervision.gateway;

import java.security.Permission;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * A remembered identity ({@link VerifiedTokens}) for one request: everything the token established,
 * with this request's routing context as the only attribute of its own. Copying the identity for
 * every request (its attribute map holds the whole token) cost more than the lookup itself.
 */
final class RequestIdentity implements SecurityIdentity {

    private final SecurityIdentity verified;
    private final Caller caller;
    private final RoutingContext context;

    RequestIdentity(SecurityIdentity verified, Caller caller, RoutingContext context) {
        this.verified = verified;
        this.caller = caller;
        this.context = context;
    }

    /** Who is calling, worked out once when the token was verified. */
    Caller caller() {
        return caller;
    }

    @Override
    public Principal getPrincipal() {
        return verified.getPrincipal();
    }

    @Override
    public Set<Permission> getPermissions() {
        return verified.getPermissions();
    }

    @Override
    public boolean isAnonymous() {
        return verified.isAnonymous();
    }

    @Override
    public Set<String> getRoles() {
        return verified.getRoles();
    }

    @Override
    public boolean hasRole(String role) {
        return verified.hasRole(role);
    }

    @Override
    public <T extends Credential> T getCredential(Class<T> type) {
        return verified.getCredential(type);
    }

    @Override
    public Set<Credential> getCredentials() {
        return verified.getCredentials();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAttribute(String name) {
        return HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE.equals(name) ? (T) context : verified.getAttribute(name);
    }

    @Override
    public Map<String, Object> getAttributes() {
        Map<String, Object> all = new HashMap<>(verified.getAttributes());
        all.put(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, context);
        return java.util.Collections.unmodifiableMap(all);
    }

    @Override
    public Uni<Boolean> checkPermission(Permission permission) {
        return verified.checkPermission(permission);
    }

    @Override
    public boolean checkPermissionBlocking(Permission permission) {
        return verified.checkPermissionBlocking(permission);
    }
}
