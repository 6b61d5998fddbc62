package br.com.patritech.assets;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** No delete: assets are kept forever. Lists and totals are in {@link AssetQueries}. */
interface AssetRepository extends Repository<Asset, Long> {

    Asset save(Asset asset);

    @EntityGraph(attributePaths = {"category", "unit", "room"})
    Optional<Asset> findById(Long id);

    boolean existsByTombo(String tombo);

    /** Which of these tombos are taken (one query for a batch of candidates). */
    @Query("select a.tombo from Asset a where a.tombo in :tombos")
    List<String> findTombosIn(Collection<String> tombos);
}
