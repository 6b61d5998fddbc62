package br.com.patritech.transfers;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface TransferGuideRepository extends Repository<TransferGuide, Long> {

    TransferGuide save(TransferGuide guide);

    Optional<TransferGuide> findById(long id);
}
