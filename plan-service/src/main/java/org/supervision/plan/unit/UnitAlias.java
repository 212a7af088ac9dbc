package org.supervision.plan.unit;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Another name a plan may use for a unit (市发改委 for 市发展改革委). */
@Entity
@Table(name = "unit_alias")
@IdClass(UnitAlias.Key.class)
public class UnitAlias {

    public record Key(UUID unitId, String alias) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "unit_id")
    public UUID unitId;

    @Id
    public String alias;
}
