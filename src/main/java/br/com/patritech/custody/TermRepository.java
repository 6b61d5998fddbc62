package br.com.patritech.custody;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TermRepository extends JpaRepository<Term, Long> {

    Optional<Term> findByNumber(String number);

    List<Term> findByPersonIdAndKindAndAcceptanceIsNullOrderByIssuedAtDesc(long personId, TermKind kind);
}
