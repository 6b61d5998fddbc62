package br.com.patritech.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionSettingsRepository extends JpaRepository<InstitutionSettings, Long> {

    Optional<InstitutionSettings> findFirstByOrderByIdAsc();
}
