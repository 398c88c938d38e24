package io.github.smtpstatus.codegen.rules.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.rules.RulesFixtures;
import org.junit.jupiter.api.Test;

class ReasonsFileTest {

  @Test
  void theBundledTaxonomyHasThirtyReasonsFromDeliveredToUndetermined() throws Exception {
    assertThat(ReasonsFile.read(RulesFixtures.reasonsFile(), Warnings.IGNORE))
        .hasSize(30).startsWith("DELIVERED").endsWith("UNDETERMINED");
  }

  @Test
  void namesMustBeUpperSnakeAndUnique() {
    assertThatThrownBy(() -> ReasonsFile.read(RulesFixtures.file("reasons.csv",
        "reason,action,sisimai,description\nBlocked,FIX_SENDER,blocked,x\nX,NONE,y,z\nX,NONE,y,z\n"), Warnings.IGNORE))
        .hasMessage("reasons.csv:2: column \"reason\": \"Blocked\" is not an UPPER_SNAKE name\n"
            + "reasons.csv:4: column \"reason\": \"X\" appears twice");
  }
}
