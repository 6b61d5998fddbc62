package br.com.patritech.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row saying who must use a second factor. */
@Entity
@Table(name = "two_factor_settings")
class TwoFactorSetting {

    static final int ONLY_ROW = 1;

    @Id
    private Integer id;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_for", nullable = false)
    private RequiredFor requiredFor;

    @Version
    private long version;

    protected TwoFactorSetting() {
    }

    RequiredFor requiredFor() {
        return requiredFor;
    }

    long version() {
        return version;
    }

    void require(RequiredFor requiredFor) {
        this.requiredFor = requiredFor;
    }
}
