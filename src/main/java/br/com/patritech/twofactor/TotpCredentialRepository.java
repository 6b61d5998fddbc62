package br.com.patritech.twofactor;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TotpCredentialRepository extends JpaRepository<TotpCredential, Long> {

    /** Locked, so two requests with the same code cannot both be accepted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TotpCredential c where c.userId = :userId")
    Optional<TotpCredential> lockByUserId(Long userId);
}
