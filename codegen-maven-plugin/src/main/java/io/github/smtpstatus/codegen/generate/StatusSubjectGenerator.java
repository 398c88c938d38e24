package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.JavaFile;
import io.github.smtpstatus.codegen.model.TableKind;

/** Generates {@code StatusSubject}: one constant per row of the subject table (0 to 7 today). */
public final class StatusSubjectGenerator {

  private StatusSubjectGenerator() {}

  /**
   * {@return the {@code StatusSubject} source for a model}
   *
   * @param model the registry, its constant names and the target package
   */
  public static JavaFile generate(GenerationModel model) {
    String javadoc = "The subject of an enhanced status code (RFC 3463 section 3.2): the second number of\n"
        + "{@code class.subject.detail}, telling which part of the mail system the status concerns.\n\n"
        + Snippets.sourceParagraph(TableKind.SUBJECT) + "\n\n"
        + "@see <a href=\"https://www.rfc-editor.org/rfc/rfc3463#section-3.2\">RFC 3463 section 3.2</a>\n";
    return SubCodeEnumGenerator.generate(model, model.types().statusSubject(), javadoc, "subject number",
        model.registry().subjects(), model.names()::ofSubject, model.registry().subjectProvenance());
  }
}
