package br.com.patritech.depreciation;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes the month that ended on the 1st of each month at 00:30 (server time); every instance tries, one runs. */
@Component
class MonthlyClosingSchedule {

    private final DepreciationClosings closings;

    MonthlyClosingSchedule(DepreciationClosings closings) {
        this.closings = closings;
    }

    @Scheduled(cron = "${patritech.depreciation.closing-cron:0 30 0 1 * *}")
    void closeDueMonths() {
        closings.closeDueMonths();
    }
}
