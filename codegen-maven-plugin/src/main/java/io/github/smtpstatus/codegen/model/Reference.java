package io.github.smtpstatus.codegen.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One reference of a registry row, such as {@code [RFC7372], Section 3.3 (Standards Track)}.
 *
 * @param text the reference as the registry writes it
 * @param document the cited document without brackets: {@code RFC7372},
 *     {@code draft-levine-mailbomb-header}
 * @param rfcNumber the RFC number when the document is an RFC
 * @param section the cited section, as in {@code Section 3.3}
 * @param status the document's status in parentheses, as in {@code Standards Track}
 */
public record Reference(
    String text, String document, OptionalInt rfcNumber, Optional<String> section, Optional<String> status) {

  /**
   * Rejects null components.
   *
   * @param text the reference as the registry writes it
   * @param document the cited document without brackets: {@code RFC7372},
   *     {@code draft-levine-mailbomb-header}
   * @param rfcNumber the RFC number when the document is an RFC
   * @param section the cited section, as in {@code Section 3.3}
   * @param status the document's status in parentheses, as in {@code Standards Track}
   */
  public Reference {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(rfcNumber, "rfcNumber == null");
    Objects.requireNonNull(section, "section == null");
    Objects.requireNonNull(status, "status == null");
  }

  /**
   * {@return where to read the document: the RFC Editor for an RFC, the IETF datatracker for an
   * Internet-Draft (a name of {@code draft-} and then ASCII letters, digits and hyphens only, as the
   * IETF names them); empty for anything else, so that a link is always a valid URL whatever the
   * registry writes}
   */
  public Optional<String> url() {
    if (rfcNumber.isPresent()) {
      return Optional.of("https://www.rfc-editor.org/rfc/rfc" + rfcNumber.getAsInt());
    }
    if (isDraftName(document)) {
      return Optional.of("https://datatracker.ietf.org/doc/" + document + "/");
    }
    return Optional.empty();
  }

  /**
   * {@return whether a document is named like an Internet-Draft: {@code draft-} and then
   * {@code [A-Za-z0-9-]+}}
   *
   * @param document the cited document without brackets
   */
  public static boolean isDraftName(String document) {
    if (!document.startsWith("draft-") || document.length() == "draft-".length()) {
      return false;
    }
    for (int i = "draft-".length(); i < document.length(); i++) {
      char c = document.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
