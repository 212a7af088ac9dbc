package org.supervision.platform.startup;

import java.util.List;

/**
 * A service's own development settings, which {@link ProductionGuard} refuses in production next to
 * the ones every service has (a fixed token key, an identity provider's TLS checks off, any issuer, a
 * moved clock). A service implements it as a CDI bean; none is fine.
 */
public interface DevOnlySettings {

    List<ProductionGuard.DevOnlySetting> settings();
}
