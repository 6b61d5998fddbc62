package br.com.patritech.assets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The next number of one tombo series. It only moves forward, so no number is handed out twice. */
@Entity
@Table(name = "tombo_counters")
class TomboCounter {

    @Id
    private String series;

    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected TomboCounter() {
    }

    TomboCounter(String series) {
        this.series = series;
        this.nextValue = 1;
    }

    long getNextValue() {
        return nextValue;
    }

    void moveTo(long value) {
        nextValue = Math.max(nextValue, value);
    }
}
