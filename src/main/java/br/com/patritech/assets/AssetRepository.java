package br.com.patritech.assets;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** No delete: assets are kept forever. Lists and totals are in {@link AssetQueries}. */
interface AssetRepository extends Repository<Asset, Long> {

    Asset save(Asset asset);

    @EntityGraph(attributePaths = {"category", "unit", "room"})
    Optional<Asset> findById(Long id);

    boolean existsByTombo(String tombo);
}
