package br.com.patritech.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import br.com.patritech.base.AbstractEntity;

/** Sala: a place inside one unit; its name is unique within that unit. */
@Entity
@Table(name = "rooms")
public class Room extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false)
    private String name;

    private String description;

    protected Room() {
    }

    public Room(Unit unit, String name, String description) {
        this.unit = unit;
        this.name = name;
        this.description = description;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
