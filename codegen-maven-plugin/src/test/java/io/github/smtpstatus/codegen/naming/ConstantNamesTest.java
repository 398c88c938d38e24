package io.github.smtpstatus.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.model.CodeKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstantNamesTest {

  private final ConstantNames names = new ConstantNames(Map.of(5, "PERMANENT_FAILURE"), Map.of(1, "ADDRESSING_STATUS"),
      Map.of(new CodeKey(1, 1), "BAD_DESTINATION_MAILBOX_ADDRESS"));

  @Test
  void givesTheNameOfEachRow() {
    assertThat(names.ofClass(5)).isEqualTo("PERMANENT_FAILURE");
    assertThat(names.ofSubject(1)).isEqualTo("ADDRESSING_STATUS");
    assertThat(names.ofCode(new CodeKey(1, 1))).isEqualTo("BAD_DESTINATION_MAILBOX_ADDRESS");
  }

  @Test
  void aRowWithoutANameIsAnInternalErrorNamingTheRow() {
    assertThatThrownBy(() -> names.ofClass(4)).isInstanceOf(NullPointerException.class).hasMessage("no name for class 4");
    assertThatThrownBy(() -> names.ofSubject(9)).isInstanceOf(NullPointerException.class).hasMessage("no name for subject 9");
    assertThatThrownBy(() -> names.ofCode(new CodeKey(9, 9))).isInstanceOf(NullPointerException.class)
        .hasMessage("no name for X.9.9");
  }
}
