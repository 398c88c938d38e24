package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.JavaFile;
import io.github.smtpstatus.codegen.model.TableKind;

/** Generates {@code StatusClass}: one constant per row of the class table (2, 4, 5). */
public final class StatusClassGenerator {

  private StatusClassGenerator() {}

  /**
   * {@return the {@code StatusClass} source for a model}
   *
   * @param model the registry, its constant names and the target package
   */
  public static JavaFile generate(GenerationModel model) {
    String javadoc = "The class of an enhanced status code (RFC 3463 section 3.1): the first number of\n"
        + "{@code class.subject.detail}, telling success, persistent transient failure or permanent failure.\n\n"
        + Snippets.sourceParagraph(TableKind.CLASS) + "\n\n"
        + "@see <a href=\"https://www.rfc-editor.org/rfc/rfc3463#section-3.1\">RFC 3463 section 3.1</a>\n";
    return SubCodeEnumGenerator.generate(model, model.types().statusClass(), javadoc, "class digit",
        model.registry().classes(), model.names()::ofClass, model.registry().classProvenance());
  }
}
