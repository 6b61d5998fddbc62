package br.com.patritech.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

    boolean existsByCode(String code);
}
