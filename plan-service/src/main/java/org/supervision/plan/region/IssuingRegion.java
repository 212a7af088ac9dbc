package org.supervision.plan.region;

/**
 * The region a plan was issued in and how that was decided: {@link How#GIVEN} by the request,
 * {@link How#INFERRED} from its issuer, title or document number, {@link How#HOME} the deployment's home
 * region for want of either, {@link How#NONE} when the deployment has no regions (code null).
 */
public record IssuingRegion(String code, String name, How how) {

    public enum How { GIVEN, INFERRED, HOME, NONE }
}
