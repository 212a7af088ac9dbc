package org.supervision.notification.office;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.notice.NoticeChanged;
import org.supervision.notification.access.OfficeUnit;
import org.supervision.notification.events.Received;
import org.supervision.notification.inbox.InboxItem;
import org.supervision.notification.inbox.InboxItemKind;
import org.supervision.notification.reminder.TrackedAssignment;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The supervision office's inbox (待办): an {@code OFFICE_TODO} item, addressed to the configured office unit code,
 * whenever something starts waiting for the office: a completion request (申请办结), a dispute (退回/申请调整), an
 * extension request (延期申请), a 督办单 answered. The same things task-service lists in
 * {@code GET /api/v1/supervision/pending}; the item says it arrived, the queue says what still waits. Written in the
 * consumer's transaction with the processed event id: a redelivered event adds nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfficeInbox {

    private static final int MAX_BODY = 2000;

    private final EntityManager entityManager;
    private final OfficeUnit office;
    private final Clock clock;

    public OfficeInbox(EntityManager entityManager, OfficeUnit office, Clock clock) {
        this.entityManager = entityManager;
        this.office = office;
        this.clock = clock;
    }

    /** After ReminderPlanner (100) has validated and tracked the change, and after the review outcomes (200). */
    void onChanged(@Observes @Priority(250) Received<AssignmentChanged> changed) {
        changed(changed.eventId(), changed.data());
    }

    /** Beside the unit's own notice item (SupervisionNoticeItem); neither reads what the other writes. */
    void onNoticeChanged(@Observes Received<NoticeChanged> notice) {
        noticeChanged(notice.eventId(), notice.data());
    }

    public void changed(String eventId, AssignmentChanged changed) {
        String what = switch (String.valueOf(changed.action())) {
            case "REQUEST_COMPLETION" -> "办结申请待审核";
            case "DISPUTE" -> "任务异议待处理";
            case "REQUEST_EXTENSION" -> "延期申请待审批";
            default -> null;
        };
        if (what == null) {
            return;
        }
        TrackedAssignment assignment = entityManager.find(TrackedAssignment.class, changed.assignmentId());
        String unit = changed.unitName() != null ? changed.unitName() : changed.unitCode();
        String measure = "第" + orDash(changed.measureNumber()) + "项措施“" + orDash(changed.measureTitle()) + "”";
        String plan = assignment == null || assignment.planTitle == null ? "" : "《" + assignment.planTitle + "》";
        String reason = changed.reason() == null || changed.reason().isBlank() ? "" : changed.reason().strip();
        String body = switch (changed.action()) {
            case "REQUEST_COMPLETION" -> unit + "申请" + plan + measure + "办结销号" + (reason.isEmpty() ? "。" : "，办结说明：" + reason + "。")
                    + "请审核。";
            case "DISPUTE" -> unit + "对" + plan + measure + "提出异议" + (reason.isEmpty() ? "。" : "，理由：" + reason + "。")
                    + "请改派或驳回。";
            default -> unit + "申请" + plan + measure + "延期" + (reason.isEmpty() ? "。" : "，理由：" + reason + "。") + "请审批。";
        };
        add(eventId, what + "：第" + orDash(changed.measureNumber()) + "项 " + shorten(orDash(changed.measureTitle()), 60)
                + "（" + unit + "）", body, changed.assignmentId(), changed.planId());
    }

    public void noticeChanged(String eventId, NoticeChanged notice) {
        if (!"RESPONDED".equals(notice.action()) || notice.noticeId() == null) {
            return;
        }
        TrackedAssignment first = notice.assignmentIds() == null || notice.assignmentIds().isEmpty() ? null
                : entityManager.find(TrackedAssignment.class, notice.assignmentIds().get(0));
        String unit = first != null && first.unitName != null ? first.unitName : notice.unitCode();
        add(eventId, "督办单已回复待办结：" + shorten(orDash(notice.title()), 60) + "（" + unit + "）",
                unit + "已回复督办单“" + orDash(notice.title()) + "”，请审阅后办结。",
                first == null ? null : first.assignmentId, first == null ? null : first.planId);
    }

    private void add(String eventId, String title, String body, UUID assignmentId, UUID planId) {
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.unitCode = office.code();
        item.kind = InboxItemKind.OFFICE_TODO;
        item.title = shorten(title, 200);
        item.body = shorten(body, MAX_BODY);
        item.assignmentId = assignmentId;
        item.planId = planId;
        item.sourceEventId = eventId;
        item.createdAt = OffsetDateTime.now(clock);
        entityManager.persist(item);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
