package org.supervision.plan.region;

/** Where a region stands: a province (or autonomous region), a city under it, a county or district under that. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY;

    /** The level a region's parent has: a city's is a province, a county's a city (or a province, 省直辖县). */
    boolean mayHaveParent(RegionLevel parent) {
        return switch (this) {
            case PROVINCE -> false;
            case CITY -> parent == PROVINCE;
            case COUNTY -> parent == CITY || parent == PROVINCE;
        };
    }
}
