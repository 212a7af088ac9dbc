package org.supervision.notification.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.supervision.contracts.bulletin.BulletinPublished;
import org.supervision.notification.events.Received;
import org.supervision.platform.events.inbox.UnreadableEventException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A published bulletin (月度通报) told to every unit it names: one inbox item per unit, with that unit's own line
 * (rank, score, 红黄牌 and numbers), so that units read the bulletin through their inbox.
 */
@ApplicationScoped
public class BulletinItem {

    private final EntityManager entityManager;
    private final Clock clock;

    public BulletinItem(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onBulletinPublished(@Observes Received<BulletinPublished> bulletin) {
        deliver(bulletin.eventId(), bulletin.data());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(String eventId, BulletinPublished bulletin) {
        if (bulletin.bulletinId() == null || bulletin.units() == null || bulletin.title() == null) {
            throw new UnreadableEventException("bulletin.published without bulletinId, title or units");
        }
        Set<String> told = new HashSet<>(); // a unit named twice still gets one item (unique per event and unit)
        for (BulletinPublished.UnitLine line : bulletin.units()) {
            if (line.unitCode() == null || line.unitCode().isBlank() || !told.add(line.unitCode())) {
                continue;
            }
            InboxItem item = new InboxItem();
            item.id = UUID.randomUUID();
            item.unitCode = line.unitCode();
            item.kind = InboxItemKind.BULLETIN;
            item.title = "通报：" + bulletin.title();
            item.body = body(bulletin, line);
            item.planId = bulletin.planId();
            item.bulletinId = bulletin.bulletinId();
            item.sourceEventId = eventId;
            item.createdAt = OffsetDateTime.now(clock);
            entityManager.persist(item);
        }
    }

    static String body(BulletinPublished b, BulletinPublished.UnitLine u) {
        String card = switch (String.valueOf(u.card())) {
            case "RED" -> "，亮红牌";
            case "YELLOW" -> "，亮黄牌";
            default -> "";
        };
        return (b.documentNumber() == null ? "" : b.documentNumber() + "：") + "本期" + u.unitName() + "排名第" + u.rank() + "，得分"
                + (u.score() == null ? "—" : u.score().stripTrailingZeros().toPlainString()) + card + "。到期" + u.due() + "项，按期办结"
                + u.completedOnTime() + "项，逾期办结" + u.completedLate() + "项，期末逾期" + u.overdueAtEnd() + "项；缺报" + u.reportsMissing()
                + "次，催办" + u.urges() + "次，退回" + u.returned() + "次，延期" + u.extensions() + "次。";
    }
}
