package org.supervision.contracts.bulletin;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by bulletin id: the supervision
 * office published the monthly bulletin (月度通报) of {@code period} (yyyy-MM, months in Asia/Shanghai), for one plan
 * ({@code planId}) or for all plans (null). {@code units} are the units it names, in the order of the ranking,
 * each with its numbers of the period and its card (红黄牌: RED, YELLOW or NONE).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulletinPublished(UUID bulletinId, String period, UUID planId, String title, String documentNumber,
                                List<UnitLine> units, String publishedBy, OffsetDateTime publishedAt) {

    public static final String TYPE = "supervision.bulletin.published.v1";

    /** One unit's line of the bulletin. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitLine(String unitCode, String unitName, int rank, BigDecimal score, String card, long due,
                           long completedOnTime, long completedLate, long overdueAtEnd, long reportsMissing, long urges,
                           long returned, long extensions, long red) {
    }
}
