package org.supervision.plan.region;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A region a deployment serves (广西壮族自治区, 钦州市, 灵山县). Its code is the administrative division
 * code: stable, carried by unit events; units, groups and plans name it.
 */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegionLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    /** What its document numbers open with (钦 of 钦政办〔2024〕2号), or null. */
    public String abbreviation;

    /** What its units' names open with: its names (钦州市, 钦州) and the level word of its own units (市). */
    @ElementCollection
    @CollectionTable(name = "region_prefix", joinColumns = @JoinColumn(name = "region_code"))
    @Column(name = "prefix", nullable = false)
    public Set<String> prefixes = new LinkedHashSet<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
