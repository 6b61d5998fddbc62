package br.com.patritech.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import br.com.patritech.base.AbstractEntity;

/** Unidade: a school, office or branch where assets are kept. */
@Entity
@Table(name = "units")
public class Unit extends AbstractEntity {

    /** Upper-case and unique, like SED-001. */
    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    private String address;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
    }

    public Unit(String code, String name, String address) {
        setCode(code);
        this.name = name;
        this.address = address;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
