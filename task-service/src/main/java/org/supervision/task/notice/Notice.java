package org.supervision.task.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.supervision.contracts.notice.NoticeChanged;

/** 督办单: the supervision office asks one unit to answer, by a date, about some of its assignments. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    /** The unit's assignments concerned, in the order the supervisor named them. */
    @ElementCollection
    @CollectionTable(name = "notice_assignment", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    @Column(name = "assignment_id", nullable = false)
    @BatchSize(size = 50) // a page of notices loads its assignment ids in a few queries, not one per notice
    public List<UUID> assignmentIds = new ArrayList<>();

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** The day the unit must have answered by (Asia/Shanghai); after it an OPEN notice is overdue. */
    @Column(name = "respond_by", nullable = false)
    public LocalDate respondBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeState state;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    public String response;

    @Column(name = "responded_by")
    public String respondedBy;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "close_note")
    public String closeNote;

    @Version
    public long version;

    /** Overdue is computed, never stored: it changes with the date, not with an action. */
    public boolean overdueOn(LocalDate today) {
        return state == NoticeState.OPEN && today.isAfter(respondBy);
    }

    /** This notice, as it now is, as the contracts' {@value NoticeChanged#TYPE} data: {@code actor} did {@code action}. */
    NoticeChanged changed(NoticeAction action, String actor, OffsetDateTime at) {
        return new NoticeChanged(id, action.name(), unitCode, List.copyOf(assignmentIds), title, respondBy, state.name(), actor,
                at);
    }
}
