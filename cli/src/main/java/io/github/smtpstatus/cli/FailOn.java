package io.github.smtpstatus.cli;

/** What {@code --fail-on} looks for: scripts that must stop when dead addresses turn up. */
public enum FailOn {
  /** A permanent failure: a 5.x.x code, or a 5yz reply without one. */
  PERMANENT,
  /** Any failure, permanent or transient. */
  FAILURE,
  /** A dead address: the classifier says remove it (unknown user or domain, moved; never a policy block). */
  HARD;

  /** The option's help. */
  static final String DESCRIPTION = "Exit with 3 when a result is ${COMPLETION-CANDIDATES}: 'permanent' is a "
      + "5.x.x code (or a 5yz reply without one), 'failure' any 4.x.x or 5.x.x, 'hard' a dead address (the "
      + "classifier says remove it).";

  /** The values as the help and completion show them. */
  static final class Names extends LowerCaseNames<FailOn> {
    Names() {
      super(FailOn.class);
    }
  }

  /**
   * Tests a result.
   *
   * @param statusClass the class of the result's code, else its reply code's first digit, else 0
   * @param addressDead whether the classifier says the address is dead
   * @return whether it is what this value names
   */
  public boolean matches(int statusClass, boolean addressDead) {
    return switch (this) {
      case PERMANENT -> statusClass == 5;
      case FAILURE -> statusClass == 4 || statusClass == 5;
      case HARD -> addressDead;
    };
  }
}
