package org.supervision.plan.plan;

import java.time.ZoneId;

/** Plans are Chinese government documents: their dates are in China's time zone. */
public final class PlanZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlanZone() {
    }
}
