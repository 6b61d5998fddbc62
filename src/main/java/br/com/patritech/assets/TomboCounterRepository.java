package br.com.patritech.assets;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TomboCounterRepository extends Repository<TomboCounter, String> {

    TomboCounter save(TomboCounter counter);

    Optional<TomboCounter> findById(String series);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TomboCounter c where c.series = :series")
    Optional<TomboCounter> lockById(String series);
}
