package br.com.patritech.twofactor;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RecoveryCode r where r.userId = :userId and r.codeHash = :codeHash and r.usedAt is null")
    Optional<RecoveryCode> lockUnused(Long userId, String codeHash);

    @Query("select count(r) from RecoveryCode r where r.userId = :userId and r.usedAt is null")
    int countUnused(Long userId);

    @Modifying
    @Query("delete from RecoveryCode r where r.userId = :userId")
    void deleteByUserId(Long userId);
}
