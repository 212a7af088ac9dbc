package org.supervision.platform.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.supervision.platform.time.ClockProducer;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Refuses to start a production run that carries a value made public for the local platform (the
 * demo realm's client secret, deploy/local's database passwords) or a setting meant for development
 * and tests only. Every profile but {@code dev}, {@code test} and {@code local} counts as
 * production: a jar started without a profile is {@code prod}, so the safe behaviour is the default.
 *
 * <p>A service with development settings of its own (notification-service's mock mailer and webhooks)
 * lists them in a {@link DevOnlySettings} bean; they are refused as the common ones are.
 *
 * <p>The demo values are listed in {@code supervision.production-guard.demo-values}, the properties
 * holding secrets in {@code supervision.production-guard.secret-properties}: one place in
 * application.properties. The message names the property and never its value, because startup
 * failures end up in logs that more people read than should know a secret.
 */
@ApplicationScoped
public class ProductionGuard {

    /** The profiles in which demo values are expected: development, tests and the local launcher. */
    public static final Set<String> NON_PRODUCTION_PROFILES = Set.of("dev", "test", "local");

    public static final String DEMO_VALUES = "supervision.production-guard.demo-values";
    public static final String SECRET_PROPERTIES = "supervision.production-guard.secret-properties";

    /** Settings that only make sense on a developer's machine or in tests, with why they must not reach production. */
    public static final List<DevOnlySetting> DEV_ONLY_SETTINGS = List.of(
            new DevOnlySetting("quarkus.oidc.public-key", value -> !value.isBlank(),
                    "tokens would be verified with a fixed key (the tests' setting) instead of the realm's published keys"),
            new DevOnlySetting("quarkus.oidc.tls.verification", value -> value.equalsIgnoreCase("none"),
                    "the identity provider's certificate would not be checked"),
            new DevOnlySetting("quarkus.oidc.token.issuer", value -> value.equalsIgnoreCase("any"),
                    "tokens of any issuer would be accepted"),
            new DevOnlySetting(ClockProducer.OFFSET, ProductionGuard::movesTheClock,
                    "the service's clock would run off the real time (a fault drill's setting)"));

    private final SmallRyeConfig config;
    private final List<DevOnlySetting> serviceSettings;

    @Inject
    public ProductionGuard(Config config, Instance<DevOnlySettings> services) {
        this(config, services.stream().flatMap(s -> s.settings().stream()).toList());
    }

    public ProductionGuard(Config config, List<DevOnlySetting> serviceSettings) {
        this.config = config.unwrap(SmallRyeConfig.class);
        this.serviceSettings = List.copyOf(serviceSettings);
    }

    /** First of the startup observers, so nothing else has started working with a refused value. */
    public void refuseDemoValues(@Observes @Priority(1) StartupEvent started) {
        List<Refusal> refusals = check(config, serviceSettings);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(message(refusals));
        }
    }

    /** What this configuration has that production must not, of the settings every service has. */
    public static List<Refusal> check(SmallRyeConfig config) {
        return check(config, List.of());
    }

    /** What this configuration has that production must not; empty in a non-production profile. */
    public static List<Refusal> check(SmallRyeConfig config, List<DevOnlySetting> serviceSettings) {
        if (!isProduction(config.getProfiles())) {
            return List.of();
        }
        List<Refusal> refusals = new ArrayList<>();
        Set<String> demoValues = config.getOptionalValues(DEMO_VALUES, String.class).orElse(List.of()).stream()
                .map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
        for (String property : config.getOptionalValues(SECRET_PROPERTIES, String.class).orElse(List.of())) {
            value(config, property.strip()).filter(demoValues::contains).ifPresent(v -> refusals.add(new Refusal(property.strip(),
                    "is set to a LOCAL DEMO value (one of " + DEMO_VALUES + "); give it a secret of this deployment")));
        }
        List<DevOnlySetting> settings = new ArrayList<>(DEV_ONLY_SETTINGS);
        settings.addAll(serviceSettings);
        for (DevOnlySetting setting : settings) {
            value(config, setting.property()).filter(setting.isDevValue())
                    .ifPresent(v -> refusals.add(new Refusal(setting.property(), "is a development setting: " + setting.why())));
        }
        return refusals;
    }

    public static boolean isProduction(List<String> profiles) {
        return profiles.contains("prod") || profiles.stream().noneMatch(NON_PRODUCTION_PROFILES::contains);
    }

    public static String message(List<Refusal> refusals) {
        return "Refusing to start in a production profile: "
                + refusals.stream().map(r -> r.property() + " " + r.reason()).collect(Collectors.joining("; "))
                + ". Demo values belong to the local platform only (profiles " + String.join(", ", NON_PRODUCTION_PROFILES.stream().sorted().toList()) + ").";
    }

    private static Optional<String> value(SmallRyeConfig config, String property) {
        try {
            return config.getOptionalValue(property, String.class).map(String::strip);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            // an unresolvable ${VARIABLE} is Quarkus's to report; it holds no demo value
            return Optional.empty();
        }
    }

    /** A clock offset other than zero; one Quarkus cannot read is Quarkus's to report when the clock is made. */
    public static boolean movesTheClock(String offset) {
        try {
            return !DurationConverter.parseDuration(offset).isZero();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** One property production must not have, and why; {@code reason} never contains the value. */
    public record Refusal(String property, String reason) {
    }

    /** A property whose value {@code isDevValue} tests; {@code why} says what production would lose, never the value. */
    public record DevOnlySetting(String property, Predicate<String> isDevValue, String why) {
    }
}
