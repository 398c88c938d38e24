package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The enum is the taxonomy of registry-data's {@code reasons.csv}, which the plugin checks rules against. */
class BounceReasonTest {

  private static List<CSVRecord> reasons() throws IOException {
    try (InputStream in = BounceReasonTest.class.getClassLoader()
        .getResourceAsStream("io/github/smtpstatus/registry/classification/reasons.csv")) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
    }
  }

  @Test
  void theEnumHoldsTheReasonsOfTheTaxonomyInItsOrder() throws IOException {
    assertThat(Arrays.stream(BounceReason.values()).map(Enum::name))
        .containsExactlyElementsOf(reasons().stream().map(row -> row.get("reason")).toList());
  }

  @Test
  void eachReasonHasTheActionSisimaiNamesAndDescriptionOfTheTaxonomy() throws IOException {
    for (CSVRecord row : reasons()) {
      BounceReason reason = BounceReason.valueOf(row.get("reason"));
      assertThat(reason.action().name()).as(reason.name()).isEqualTo(row.get("action"));
      assertThat(reason.sisimaiReasons()).as(reason.name()).containsExactly(row.get("sisimai").split(" "));
      assertThat(reason.description()).as(reason.name()).isEqualTo(row.get("description"));
    }
  }

  @Test
  void everySisimaiReasonNameBelongsToOneReasonOnly() {
    List<String> names = Arrays.stream(BounceReason.values()).flatMap(reason -> reason.sisimaiReasons().stream()).toList();

    assertThat(names).doesNotHaveDuplicates();
  }
}
