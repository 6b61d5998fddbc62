package br.com.patritech.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

    boolean existsByUnitIdAndNameIgnoreCase(Long unitId, String name);

    boolean existsByUnitIdAndNameIgnoreCaseAndIdNot(Long unitId, String name, Long id);

    List<Room> findByUnitIdOrderByName(Long unitId);

    List<Room> findByUnitIdInOrderByUnitIdAscNameAsc(java.util.Collection<Long> unitIds);
}
