package org.supervision.notification.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.supervision.contracts.notice.NoticeChanged;
import org.supervision.notification.events.Received;
import org.supervision.platform.events.inbox.UnreadableEventException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** A supervision notice (督办单) told to its unit at once: issued, answered or closed. */
@ApplicationScoped
public class SupervisionNoticeItem {

    private final EntityManager entityManager;
    private final Clock clock;

    public SupervisionNoticeItem(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onNoticeChanged(@Observes Received<NoticeChanged> notice) {
        deliver(notice.eventId(), notice.data());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(String eventId, NoticeChanged notice) {
        if (notice.noticeId() == null || notice.unitCode() == null || notice.unitCode().isBlank()) {
            throw new UnreadableEventException("notice.changed without noticeId or unitCode");
        }
        String what = switch (String.valueOf(notice.action())) {
            case "ISSUED" -> "督办单已下达";
            case "RESPONDED" -> "督办单已回复";
            case "CLOSED" -> "督办单已办结";
            default -> "督办单有更新";
        };
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.unitCode = notice.unitCode();
        item.kind = InboxItemKind.NOTICE;
        item.title = what + "：" + notice.title();
        item.body = "ISSUED".equals(notice.action()) && notice.respondBy() != null
                ? "督办单“" + notice.title() + "”已下达，请于" + notice.respondBy().getYear() + "年"
                        + notice.respondBy().getMonthValue() + "月" + notice.respondBy().getDayOfMonth() + "日前回复。"
                : what + "：“" + notice.title() + "”。";
        item.assignmentId = notice.assignmentIds() == null || notice.assignmentIds().isEmpty() ? null
                : notice.assignmentIds().get(0);
        item.sourceEventId = eventId;
        item.createdAt = OffsetDateTime.now(clock);
        entityManager.persist(item);
    }
}
