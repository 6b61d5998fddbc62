package br.com.patritech.inventory;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CampaignRepository extends Repository<Campaign, Long> {

    Campaign save(Campaign campaign);

    Optional<Campaign> findById(Long id);
}
