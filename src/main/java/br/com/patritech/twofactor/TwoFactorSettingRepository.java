package br.com.patritech.twofactor;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorSettingRepository extends JpaRepository<TwoFactorSetting, Integer> {
}
