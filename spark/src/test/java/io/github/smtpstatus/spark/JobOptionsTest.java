package io.github.smtpstatus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.spark.job.JobOptions;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The job's arguments: what it accepts and the message of each usage error. */
class JobOptionsTest {

  @Test
  void defaultsToParquetAndLogs() throws Exception {
    JobOptions options = JobOptions.parse("--input", "logs/", "--output", "out/").orElseThrow();
    assertThat(options).isEqualTo(new JobOptions("logs/", "out/", "parquet", false, Optional.empty()));
  }

  @Test
  void readsEveryOption() throws Exception {
    assertThat(JobOptions.parse("--bounces", "--format", "JSON", "--input", "in", "--output", "out", "--master",
        "local[2]")).contains(new JobOptions("in", "out", "json", true, Optional.of("local[2]")));
  }

  @Test
  void helpGivesNoOptions() throws Exception {
    assertThat(JobOptions.parse("--input", "x", "--help")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--output out                              | --input is required",
    "--input in                                | --output is required",
    "--input in --output out --format csv      | --format must be parquet or json, not \"csv\"",
    "--input in --output out --fast            | unknown argument \"--fast\"",
    "--input in --input again --output out     | --input is given twice",
    "--input --output out                      | --input needs a value",
    "--input in --output                       | --output needs a value",
  })
  void usageErrorsSayWhatIsWrong(String args, String message) {
    assertThatThrownBy(() -> JobOptions.parse(args.strip().split(" +")))
        .isInstanceOf(JobOptions.UsageException.class).hasMessage(message);
  }
}
