package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The complete generated sources for the small registry of {@link Fixtures}, compared with expected
 * texts under {@code src/test/resources/golden/}. After a deliberate change of the generator, rerun with
 * {@code -Dgolden.update=true} to rewrite them, and review the diff.
 */
class GoldenSourceTest {

  @ParameterizedTest
  @ValueSource(strings = {"StatusClass", "StatusSubject", "EnhancedStatusCode", "AssociatedReplyCodes",
      "RegistryReference", "StatusCodeRegistry"})
  void generatesTheExpectedSource(String type) throws RegistryFormatException, IOException {
    RegistryLoader.Loaded small = new RegistryLoader(Warnings.IGNORE).load(Fixtures.smallInputs());
    Map<String, byte[]> files = RegistrySources.render(GenerationModel.of(small.registry(), small.names(), "com.example.status"));
    String actual = new String(files.get("com/example/status/" + type + ".java"), StandardCharsets.UTF_8);

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", type + ".java.txt"), actual);
    }
    assertThat(actual).isEqualTo(golden(type));
  }

  private static String golden(String type) throws IOException {
    try (InputStream in = GoldenSourceTest.class.getResourceAsStream("/golden/" + type + ".java.txt")) {
      if (in == null) {
        return "(no golden file for " + type + "; run with -Dgolden.update=true)";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
