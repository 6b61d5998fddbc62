package br.com.patritech.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A numbered termo de responsabilidade or de devolução. Everything it prints is copied in when it is issued and
 * never changes (no setters, columns not updatable), so a re-print is identical; only its acceptance is recorded
 * later, once.
 */
@Entity
@Table(name = "custody_terms")
class Term {

    /** One asset as the term lists it, frozen at issue time. */
    @Embeddable
    record Item(@Column(name = "asset_id", updatable = false) long assetId,
                @Column(updatable = false) String tombo,
                @Column(updatable = false) String name,
                @Column(name = "serial_number", updatable = false) String serialNumber,
                @Column(name = "item_value", updatable = false) BigDecimal value) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TermKind kind;

    @Column(name = "verification_code", nullable = false, updatable = false)
    private String verificationCode;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "unit_label", nullable = false, updatable = false)
    private String unitLabel;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, updatable = false)
    private String personName;

    @Column(name = "person_cpf", nullable = false, updatable = false)
    private String personCpf;

    @Column(name = "person_registration", updatable = false)
    private String personRegistration;

    @Column(name = "person_position", updatable = false)
    private String personPosition;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_by_id")
    private Long acceptedById;

    @Enumerated(EnumType.STRING)
    private TermAcceptance acceptance;

    @ElementCollection
    @CollectionTable(name = "custody_term_items", joinColumns = @JoinColumn(name = "term_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    protected Term() {
    }

    Term(String number, TermKind kind, String verificationCode, long unitId, String unitLabel, Person person,
         Instant issuedAt, String issuedBy, List<Item> items) {
        this.number = number;
        this.kind = kind;
        this.verificationCode = verificationCode;
        this.unitId = unitId;
        this.unitLabel = unitLabel;
        this.personId = person.getId();
        this.personName = person.getName();
        this.personCpf = person.getCpf();
        this.personRegistration = person.getRegistration();
        this.personPosition = person.getPosition();
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.items = new ArrayList<>(items);
    }

    void accept(TermAcceptance how, Instant when, String by, Long byId) {
        this.acceptance = how;
        this.acceptedAt = when;
        this.acceptedBy = by;
        this.acceptedById = byId;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    String getNumber() { return number; }
    TermKind getKind() { return kind; }
    String getVerificationCode() { return verificationCode; }
    long getUnitId() { return unitId; }
    String getUnitLabel() { return unitLabel; }
    long getPersonId() { return personId; }
    String getPersonName() { return personName; }
    String getPersonCpf() { return personCpf; }
    String getPersonRegistration() { return personRegistration; }
    String getPersonPosition() { return personPosition; }
    Instant getIssuedAt() { return issuedAt; }
    String getIssuedBy() { return issuedBy; }
    Instant getAcceptedAt() { return acceptedAt; }
    String getAcceptedBy() { return acceptedBy; }
    TermAcceptance getAcceptance() { return acceptance; }
    List<Item> getItems() { return List.copyOf(items); }

    BigDecimal total() {
        return items.stream().map(Item::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
