package br.com.patritech.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

    boolean existsByUnitIdAndNameIgnoreCase(Long unitId, String name);

    java.util.List<Room> findByUnitIdOrderByName(Long unitId);
}
