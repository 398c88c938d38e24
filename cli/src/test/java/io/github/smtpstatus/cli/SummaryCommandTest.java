package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryCommandTest {

  @Test
  void theSampleLogGivesTheGoldenSummary() {
    Run run = Run.of("summary", "scan", Golden.sample("mail.log"));
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("summary-mail-log.txt", run.out());
  }

  @Test
  void theSampleBouncesGiveTheGoldenSummary() {
    Run run = Run.of("summary", "bounces", Golden.sample("bounces"));
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("summary-bounces.txt", run.out());
  }

  @Test
  void jsonHasOneRecordPerGroup() {
    Run run = Run.withStdin("dsn=5.1.1\ndsn=5.1.1\ndsn=4.2.2\n", "summary", "scan", "--json");
    assertThat(run.out()).isEqualTo("""
        {"by":"total","key":null,"label":null,"count":3,"exact":true}
        {"by":"outcome","key":"permanent failure","label":null,"count":2,"exact":true}
        {"by":"outcome","key":"transient failure","label":null,"count":1,"exact":true}
        {"by":"reason","key":"user_unknown","label":"the recipient's mailbox does not exist","count":2,"exact":true}
        {"by":"reason","key":"mailbox_full","label":"the mailbox is full","count":1,"exact":true}
        {"by":"code","key":"5.1.1","label":"Bad destination mailbox address","count":2,"exact":true}
        {"by":"code","key":"4.2.2","label":"Mailbox full","count":1,"exact":true}
        """);
  }

  @Test
  void topLimitsEachTable() {
    Run run = Run.withStdin("dsn=5.1.1\ndsn=5.1.1\ndsn=4.2.2\ndsn=5.7.1\n", "summary", "scan", "--top", "1");
    assertThat(run.out()).isEqualTo("""
        4 results in 4 lines: 3 permanent failures, 1 transient failure
        4 failures: 2 dead addresses (user_unknown 2), 1 to retry later (mailbox_full 1), 1 blocked: the sender must \
        change (security_error 1)

        By reason (failures) (top 1 of 3)
                  2   50.0%  user_unknown  the recipient's mailbox does not exist

        By enhanced code (top 1 of 3)
                  2   50.0%  5.1.1  Bad destination mailbox address
        """);
  }

  @Test
  void csvHasTheSummarySchema() {
    Run run = Run.withStdin("550 5.1.1 x\n", "summary", "scan", "--csv");
    assertThat(run.out()).startsWith("by,key,label,count,exact\r\ntotal,,,1,true\r\n");
  }

  @Test
  void summaryWithoutWhatToSummariseIsAUsageError() {
    Run run = Run.of("summary");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("Missing what to summarise: scan FILE... or bounces PATH...");
  }

  @Test
  void failOnAppliesToSummariesToo() {
    assertThat(Run.withStdin("dsn=5.1.1\n", "summary", "scan", "--fail-on=permanent").exitCode())
        .isEqualTo(ExitCodes.FAIL_ON_MATCHED);
  }

  @Test
  void topBelowOneIsAUsageError() {
    assertThat(Run.of("summary", "scan", "--top=0").err()).startsWith("--top must be at least 1, not 0");
  }
}
