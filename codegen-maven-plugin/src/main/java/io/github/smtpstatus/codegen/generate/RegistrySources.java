package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All generated sources for a model, in a fixed order: a pure function, no I/O, no Maven types. */
public final class RegistrySources {

  private RegistrySources() {}

  /**
   * {@return the Java files, in a fixed order}
   *
   * @param model the registry, its constant names and the target package
   */
  public static List<JavaFile> generate(GenerationModel model) {
    return List.of(
        StatusClassGenerator.generate(model),
        StatusSubjectGenerator.generate(model),
        EnhancedStatusCodeGenerator.generate(model),
        AssociatedReplyCodesGenerator.generate(model),
        RegistryReferenceGenerator.generate(model),
        StatusCodeRegistryGenerator.generate(model));
  }

  /**
   * {@return the sources rendered to UTF-8 bytes (they are pure ASCII), keyed by the relative path
   * under the source root, such as {@code io/github/smtpstatus/EnhancedStatusCode.java}}
   *
   * @param model the registry, its constant names and the target package
   */
  public static Map<String, byte[]> render(GenerationModel model) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (JavaFile file : generate(model)) {
      StringBuilder source = new StringBuilder();
      try {
        file.writeTo(source);
      } catch (IOException e) {
        throw new UncheckedIOException("a StringBuilder does not throw", e);
      }
      String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
      files.put(path, source.toString().getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }
}
