package br.com.patritech.depreciation;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The closing's machinery: ShedLock on the {@code shedlock} table (one runner across instances), a one-thread
 * executor for closings started from a screen; {@link MonthlyClosingSchedule} runs it on the 1st of each month.
 */
@Configuration
@EnableScheduling
class DepreciationJobs {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("depreciation-closing").daemon().factory());

    @Bean
    LockingTaskExecutor depreciationLocks(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).build()));
    }

    Executor executor() {
        return executor;
    }
}
