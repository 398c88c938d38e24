package io.github.smtpstatus.codegen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import org.junit.jupiter.api.Test;

class KeyValueFileTest {

  @Test
  void keepsEntriesInOrderWithTheirLines() throws RegistryFormatException {
    KeyValueFile file = KeyValueFile.parse(Fixtures.input("n.properties",
        "# comment\r\n\r\nX.1.1 = BAD_DESTINATION_MAILBOX_ADDRESS\r\n! other comment\nX.2.2=MAILBOX_FULL"));

    assertThat(file.entries()).containsExactly(
        new KeyValueFile.Entry("X.1.1", "BAD_DESTINATION_MAILBOX_ADDRESS", 3),
        new KeyValueFile.Entry("X.2.2", "MAILBOX_FULL", 5));
    assertThat(file.get("X.2.2").value()).isEqualTo("MAILBOX_FULL");
    assertThat(file.get("X.9.9")).isNull();
  }

  @Test
  void reportsEveryBadLine() {
    assertThatThrownBy(() -> KeyValueFile.parse(Fixtures.input("n.properties", "A=1\nno equals\n=2\nA=3\n")))
        .hasMessage("n.properties:2: \"no equals\" is not a key=value line\n"
            + "n.properties:3: \"=2\" has an empty key\n"
            + "n.properties:4: key \"A\": is set twice (first on line 1)");
  }

  @Test
  void countsCrlfLoneCrAndLfAsOneLineEndEach() {
    assertThatThrownBy(() -> KeyValueFile.parse(Fixtures.input("n.properties", "A=1\r\nB=2\rA=3\nB=4\r")))
        .hasMessage("n.properties:3: key \"A\": is set twice (first on line 1)\n"
            + "n.properties:4: key \"B\": is set twice (first on line 2)");
  }

  @Test
  void readsTheBundledNamesFile() throws RegistryFormatException {
    KeyValueFile names = KeyValueFile.parse(Fixtures.bundled("names.properties"));

    assertThat(names.entries()).hasSize(3 + 8 + 81);
    assertThat(names.get("X.2.2").value()).isEqualTo("MAILBOX_FULL");
  }
}
