package io.github.smtpstatus.codegen.update;

import java.io.IOException;
import java.util.List;

/**
 * Writing the registry folder failed. The message says exactly which files this run changed and which
 * it did not, and what to do; {@link #changed()} lists the changed ones.
 */
public final class RegistryWriteException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The file names whose content this run changed, in the order of the update. */
  @SuppressWarnings("serial") // always a List.copyOf list, which is serializable
  private final List<String> changed;

  RegistryWriteException(String message, List<String> changed, Throwable cause) {
    super(message, cause);
    this.changed = List.copyOf(changed);
  }

  /** {@return the file names whose content this run changed, in the order of the update; empty if none} */
  public List<String> changed() {
    return changed;
  }
}
