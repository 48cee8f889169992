package io.strata.migrations.runner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BackfillReportTest {

    private final AtomicLong now = new AtomicLong();
    private final List<String> lines = new ArrayList<>();

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void printsRowsRateAndTimeLeftAtMostOncePerIntervalAndAFinalLine() {
        BackfillReport report = new BackfillReport("Backfill of book (r1, operation 2)", 0, 100_000, lines::add, now::get);
        for (int batch = 1; batch <= 20; batch++) {
            advance(Duration.ofSeconds(1));
            report.batchDone(batch * 2_000L);
        }
        assertThat(lines).containsExactly(
                "Backfill of book (r1, operation 2): 10,000 of about 100,000 rows (10%), 2,000 rows/s, about 45 s left",
                "Backfill of book (r1, operation 2): 20,000 of about 100,000 rows (20%), 2,000 rows/s, about 40 s left",
                "Backfill of book (r1, operation 2): 30,000 of about 100,000 rows (30%), 2,000 rows/s, about 35 s left",
                "Backfill of book (r1, operation 2): 40,000 of about 100,000 rows (40%), 2,000 rows/s, about 30 s left");
        report.finished(40_000, 20, 3, Duration.ofMillis(150));
        assertThat(lines).last().isEqualTo("Backfill of book (r1, operation 2): done, 40,000 rows; this run 40,000 rows"
                + " in 20 batches, 20.0 s, 2,000 rows/s, 3 pauses (150 ms)");
    }

    @Test
    void aResumedBackfillCountsTheRowsOfEarlierRunsDoneButNotInItsRate() {
        BackfillReport report = new BackfillReport("Backfill of book", 60_000, 100_000, lines::add, now::get);
        advance(Duration.ofSeconds(5));
        report.batchDone(70_000);
        assertThat(lines).containsExactly("Backfill of book: 70,000 of about 100,000 rows (70%), 2,000 rows/s, about 15 s left");
        report.finished(70_000, 10, 0, Duration.ZERO);
        assertThat(lines).last().isEqualTo("Backfill of book: done, 70,000 rows; this run 10,000 rows in 10 batches, 5.0 s, 2,000 rows/s");
    }

    @Test
    void aQuickBackfillPrintsOnlyItsFinalLine() {
        BackfillReport report = new BackfillReport("Backfill of book", 0, 300, lines::add, now::get);
        report.batchDone(100);
        report.batchDone(200);
        report.batchDone(300);
        report.finished(300, 3, 0, Duration.ZERO);
        assertThat(lines).hasSize(1).first().asString().startsWith("Backfill of book: done, 300 rows");
    }
}
