package br.com.patritech.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    List<Unit> findByIdInOrderByCode(Collection<Long> ids);

    @Query("select count(u) from Unit u where u.id in :ids")
    long countByIdIn(Collection<Long> ids);
}
