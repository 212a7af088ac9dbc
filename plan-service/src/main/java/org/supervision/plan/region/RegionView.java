package org.supervision.plan.region;

import java.util.List;

/** A region as the API shows it; {@code home} marks the deployment's home region. */
public record RegionView(String code, String name, RegionLevel level, String parentCode, String abbreviation,
                         List<String> prefixes, boolean home, long version) {

    static RegionView of(Region region, String homeCode) {
        return new RegionView(region.code, region.name, region.level, region.parentCode, region.abbreviation,
                List.copyOf(region.prefixes), region.code.equals(homeCode), region.version);
    }
}
