package br.com.patritech.security;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, String> {

    /** Creates the row unless it exists, without failing when a parallel login creates it first. */
    @Modifying
    @Query(value = "insert into login_attempts (login, failures) values (:key, 0) on conflict do nothing",
            nativeQuery = true)
    void createIfMissing(String key);

    /** The row, locked until the transaction ends, so parallel failures are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoginAttempt a where a.login = :key")
    Optional<LoginAttempt> lockByKey(String key);
}
