package br.com.patritech.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import br.com.patritech.base.AbstractEntity;

/** Categoria: groups assets (computers, furniture) and gives their tombo prefix. */
@Entity
@Table(name = "categories")
public class Category extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "tombo_prefix", nullable = false)
    private String tomboPrefix;

    protected Category() {
    }

    public Category(String name, String tomboPrefix) {
        this.name = name;
        setTomboPrefix(tomboPrefix);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTomboPrefix() {
        return tomboPrefix;
    }

    public void setTomboPrefix(String tomboPrefix) {
        this.tomboPrefix = tomboPrefix == null ? null : tomboPrefix.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
