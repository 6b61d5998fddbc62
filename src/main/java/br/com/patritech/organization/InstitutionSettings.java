package br.com.patritech.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import br.com.patritech.base.AbstractEntity;

/** The institution as an administrator saved it: one row at most. */
@Entity
@Table(name = "institution_settings")
class InstitutionSettings extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    private String cnpj;

    private byte[] logo;

    @Column(name = "logo_type")
    private String logoType;

    protected InstitutionSettings() {
    }

    InstitutionSettings(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getCnpj() {
        return cnpj;
    }

    void setCnpj(String cnpj) {
        this.cnpj = cnpj;
    }

    byte[] getLogo() {
        return logo;
    }

    String getLogoType() {
        return logoType;
    }

    void setLogo(byte[] logo, String logoType) {
        this.logo = logo;
        this.logoType = logoType;
    }
}
