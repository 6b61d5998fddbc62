package br.com.patritech.assets;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** Append and read only: the history has no update or delete. */
interface AssetEventRepository extends Repository<AssetEvent, Long> {

    AssetEvent save(AssetEvent event);

    @EntityGraph(attributePaths = "changes")
    List<AssetEvent> findByAssetIdOrderByOccurredAtDescIdDesc(Long assetId);
}
