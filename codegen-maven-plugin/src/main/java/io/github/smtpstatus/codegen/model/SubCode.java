package io.github.smtpstatus.codegen.model;

import java.util.List;
import java.util.Objects;

/**
 * A row of the class or subject table: {@code 5.XXX.XXX} "Permanent Failure", or {@code X.1.XXX}
 * "Addressing Status".
 *
 * @param number the class digit (2, 4, 5) or the subject number (0 to 999)
 * @param code the code as the registry writes it
 * @param sampleText the sample text, whitespace runs collapsed
 * @param description the description, whitespace runs collapsed into one paragraph
 * @param references the references, in the order written
 * @param submitter the submitter
 * @param changeController the change controller
 * @param line the line of the row in its file
 */
public record SubCode(
    int number,
    String code,
    String sampleText,
    String description,
    List<Reference> references,
    String submitter,
    String changeController,
    int line) {

  /**
   * Rejects null components and copies the references.
   *
   * @param number the class digit (2, 4, 5) or the subject number (0 to 999)
   * @param code the code as the registry writes it
   * @param sampleText the sample text, whitespace runs collapsed
   * @param description the description, whitespace runs collapsed into one paragraph
   * @param references the references, in the order written
   * @param submitter the submitter
   * @param changeController the change controller
   * @param line the line of the row in its file
   */
  public SubCode {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(sampleText, "sampleText == null");
    Objects.requireNonNull(description, "description == null");
    references = List.copyOf(references);
    Objects.requireNonNull(submitter, "submitter == null");
    Objects.requireNonNull(changeController, "changeController == null");
  }
}
