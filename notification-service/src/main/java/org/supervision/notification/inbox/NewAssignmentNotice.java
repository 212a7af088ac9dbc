package org.supervision.notification.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.notification.events.Received;
import org.supervision.platform.events.inbox.UnreadableEventException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Puts a "new assignment" (新任务) item into the unit's inbox. */
@ApplicationScoped
public class NewAssignmentNotice {

    private final EntityManager entityManager;
    private final Clock clock;

    public NewAssignmentNotice(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** First of the observers of assignment.issued (see reminder's TaskEvents): it refuses an event without a unit. */
    void onIssued(@Observes @Priority(100) Received<AssignmentIssued> issued) {
        deliver(issued.eventId(), issued.data());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(String eventId, AssignmentIssued issued) {
        if (issued.assignmentId() == null || issued.unitCode() == null || issued.unitCode().isBlank()) {
            throw new UnreadableEventException("assignment.issued without assignmentId or unitCode");
        }
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.unitCode = issued.unitCode();
        item.kind = InboxItemKind.NEW_ASSIGNMENT;
        // the work of a supervision item (督办事项) comes from no plan: its text names the item
        item.title = issued.itemId() != null ? "新督办事项：" + shorten(issued.measureTitle(), 60) + "（" + issued.measureNumber() + "）"
                : "新任务：" + issued.measureNumber() + ". " + shorten(issued.measureTitle(), 60);
        item.body = text(issued);
        item.assignmentId = issued.assignmentId();
        item.planId = issued.planId();
        item.sourceEventId = eventId;
        item.createdAt = OffsetDateTime.now(clock);
        entityManager.persist(item);
    }

    static String text(AssignmentIssued issued) {
        String role = "LEAD".equals(issued.role()) ? "牵头单位" : "配合单位";
        String deadline = issued.deadline() == null ? "完成时限待定"
                : "完成时限：" + issued.deadline().getYear() + "年" + issued.deadline().getMonthValue() + "月"
                        + issued.deadline().getDayOfMonth() + "日";
        if (issued.itemId() != null) {
            return "督办事项“" + issued.measureTitle() + "”（" + issued.measureNumber() + "，" + sourceLabel(issued.itemSource())
                    + "）已交办给" + issued.unitName() + "（" + role + "），请及时签收。" + deadline + "。";
        }
        return "《" + issued.planTitle() + "》第" + issued.measureNumber() + "项措施“" + issued.measureTitle() + "”已分派给"
                + issued.unitName() + "（" + role + "），请及时签收。" + deadline + "。";
    }

    /** How the office names where an item came from; a source this service does not know yet is shown as sent. */
    static String sourceLabel(String source) {
        if (source == null) {
            return "督办事项";
        }
        return switch (source) {
            case "LEADER_INSTRUCTION" -> "领导批示";
            case "HOTLINE_12345" -> "12345热线";
            case "INSPECTION" -> "巡察发现问题";
            case "AUDIT" -> "审计发现问题";
            case "OTHER" -> "其他来源";
            default -> source;
        };
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
