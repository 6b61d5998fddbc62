package br.com.patritech.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import br.com.patritech.base.AbstractEntity;

/** Responsável: someone who answers for assets of one unit; may never log in, or be linked to one account. */
@Entity
@Table(name = "custody_people")
class Person extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String cpf;

    private String registration;

    private String position;

    private String email;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false)
    private boolean active = true;

    protected Person() {
    }

    Person(long unitId) {
        this.unitId = unitId;
    }

    void fill(String name, String cpf, String registration, String position, String email, long unitId, Long userId) {
        this.name = name;
        this.cpf = cpf;
        this.registration = registration;
        this.position = position;
        this.email = email;
        this.unitId = unitId;
        this.userId = userId;
    }

    String getName() {
        return name;
    }

    String getCpf() {
        return cpf;
    }

    String getRegistration() {
        return registration;
    }

    String getPosition() {
        return position;
    }

    String getEmail() {
        return email;
    }

    long getUnitId() {
        return unitId;
    }

    Long getUserId() {
        return userId;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** How history entries and lists name the person: name and masked CPF. */
    String label() {
        return name + " (" + Cpfs.masked(cpf) + ")";
    }
}
