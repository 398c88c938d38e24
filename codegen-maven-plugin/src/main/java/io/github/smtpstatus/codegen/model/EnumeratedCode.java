package io.github.smtpstatus.codegen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the enumerated table, such as {@code X.1.1} "Bad destination mailbox address".
 *
 * @param key subject and detail
 * @param sampleText the sample text, whitespace runs collapsed; empty only on a deprecated row
 * @param replyCodes the associated basic status codes, parsed
 * @param description the description, whitespace runs collapsed into one paragraph
 * @param references the references, in the order written
 * @param submitter the submitter (may be empty on a deprecated row)
 * @param changeController the change controller (may be empty on a deprecated row)
 * @param deprecated whether the registry marks the row deprecated
 * @param replacement the code to use instead, when a deprecated row names one
 * @param line the line of the row in its file
 */
public record EnumeratedCode(
    CodeKey key,
    String sampleText,
    AssociatedReplyCodes replyCodes,
    String description,
    List<Reference> references,
    String submitter,
    String changeController,
    boolean deprecated,
    Optional<CodeKey> replacement,
    int line) {

  /**
   * Rejects null components and a replacement on a row that is not deprecated; copies the references.
   *
   * @param key subject and detail
   * @param sampleText the sample text, whitespace runs collapsed; empty only on a deprecated row
   * @param replyCodes the associated basic status codes, parsed
   * @param description the description, whitespace runs collapsed into one paragraph
   * @param references the references, in the order written
   * @param submitter the submitter (may be empty on a deprecated row)
   * @param changeController the change controller (may be empty on a deprecated row)
   * @param deprecated whether the registry marks the row deprecated
   * @param replacement the code to use instead, when a deprecated row names one
   * @param line the line of the row in its file
   */
  public EnumeratedCode {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(sampleText, "sampleText == null");
    Objects.requireNonNull(replyCodes, "replyCodes == null");
    Objects.requireNonNull(description, "description == null");
    references = List.copyOf(references);
    Objects.requireNonNull(submitter, "submitter == null");
    Objects.requireNonNull(changeController, "changeController == null");
    Objects.requireNonNull(replacement, "replacement == null");
    if (replacement.isPresent() && !deprecated) {
      throw new IllegalArgumentException(key + ": only a deprecated row has a replacement");
    }
  }

  /** {@return the code as IANA writes it: {@code X.1.1}} */
  public String code() {
    return key.toString();
  }
}
