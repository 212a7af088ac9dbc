package org.supervision.task.bulletin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.supervision.task.api.SqlTimes;
import org.supervision.contracts.Topics;
import org.supervision.contracts.bulletin.BulletinPublished;
import org.supervision.platform.events.outbox.EventOutbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Published bulletins: built at publication, stored as built, and announced as {@value BulletinPublished#TYPE}
 * in the same transaction (outbox), so every unit it names finds it in its inbox.
 */
@ApplicationScoped
@Transactional
public class Bulletins {

    /** What the office publishes: the period, optionally one plan, its own title and 文号. */
    public record Publish(@NotBlank @Pattern(regexp = "\\d{4}(-\\d{2})?", message = "a month like 2024-06 or a year like 2024") String period,
                          UUID planId, @Size(max = 500) String title, @Size(max = 100) String documentNumber) {
    }

    /** A stored bulletin without its content, for lists. */
    public record Summary(UUID id, String period, UUID planId, String title, String documentNumber, String publishedBy,
                          OffsetDateTime publishedAt) {
    }

    /** A stored bulletin with the content it was published with. */
    public record Stored(UUID id, String period, UUID planId, String title, String documentNumber, String publishedBy,
                         OffsetDateTime publishedAt, BulletinContent content) {

        Summary summary() {
            return new Summary(id, period, planId, title, documentNumber, publishedBy, publishedAt);
        }
    }

    private final BulletinBuilder builder;
    private final EntityManager entityManager;
    private final EventOutbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public Bulletins(BulletinBuilder builder, EntityManager entityManager, EventOutbox outbox, ObjectMapper json, Clock clock) {
        this.builder = builder;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public Stored publish(Publish request, String by) {
        BulletinContent content = builder.build(Period.parse(request.period(), "period"), request.planId(), request.title());
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.now(clock);
        String number = request.documentNumber() == null || request.documentNumber().isBlank() ? null : request.documentNumber().strip();
        entityManager.createNativeQuery("""
                insert into bulletin (id, period, plan_id, title, document_number, content, published_by, published_at)
                values (cast(:id as uuid), :period, cast(:plan as uuid), :title, :number, cast(:content as jsonb), :by, :at)""")
                .setParameter("id", id.toString()).setParameter("period", content.period())
                .setParameter("plan", request.planId() == null ? null : request.planId().toString())
                .setParameter("title", content.title()).setParameter("number", number)
                .setParameter("content", write(content)).setParameter("by", by).setParameter("at", at).executeUpdate();
        outbox.add(Topics.TASK, id.toString(), BulletinPublished.TYPE, new BulletinPublished(id, content.period(), request.planId(),
                content.title(), number, content.units().stream().map(u -> new BulletinPublished.UnitLine(u.unitCode(), u.unitName(),
                        u.rank(), u.score(), u.card(), u.due(), u.completedOnTime(), u.completedLate(), u.overdueAtEnd(),
                        u.reportsMissing(), u.urges(), u.returned(), u.extensions(), u.red())).toList(), by, at));
        return new Stored(id, content.period(), request.planId(), content.title(), number, by, at, content);
    }

    /** Stored bulletins, newest period first; period and plan narrow the list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> list(String period, UUID planId) {
        return select("""
                where (cast(:period as text) is null or period = cast(:period as text))
                  and (cast(:plan as uuid) is null or plan_id = cast(:plan as uuid))
                order by period desc, published_at desc limit 500""", period, planId, null).stream().map(Stored::summary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Stored> get(UUID id) {
        return select("where id = cast(:id as uuid)", null, null, id).stream().findFirst();
    }

    private List<Stored> select(String where, String period, UUID planId, UUID id) {
        var query = entityManager.createNativeQuery("""
                select id, period, plan_id, title, document_number, published_by, published_at, cast(content as text)
                from bulletin""" + " " + where);
        if (id != null) {
            query.setParameter("id", id.toString());
        } else {
            query.setParameter("period", period).setParameter("plan", planId == null ? null : planId.toString());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Stored((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                (String) r[5], SqlTimes.offsetDateTime(r[6]), read((String) r[7]))).toList();
    }

    private String write(BulletinContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the bulletin could not be written", e);
        }
    }

    private BulletinContent read(String text) {
        try {
            return json.readValue(text, BulletinContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored bulletin could not be read", e);
        }
    }
}
