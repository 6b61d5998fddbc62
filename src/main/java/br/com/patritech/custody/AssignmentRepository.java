package br.com.patritech.custody;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByOpenAssetId(long assetId);

    List<Assignment> findByOpenAssetIdIn(Collection<Long> assetIds);

    List<Assignment> findByTermIdAndOpenAssetIdIsNotNull(long termId);

    boolean existsByTermIdAndOpenAssetIdIsNotNull(long termId);

    List<Assignment> findByPersonIdAndOpenAssetIdIsNotNull(long personId);
}
