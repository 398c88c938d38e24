package example;

import it.smtpstatus.codes.AssociatedReplyCodes;
import it.smtpstatus.codes.EnhancedStatusCode;
import it.smtpstatus.codes.StatusClass;
import it.smtpstatus.codes.StatusCodeRegistry;
import it.smtpstatus.codes.StatusSubject;

/** Uses the generated types the way a bounce processor would. */
public final class BounceClassifier {

  private BounceClassifier() {}

  public static String describe(int subject, int detail) {
    return EnhancedStatusCode.find(subject, detail)
        .map(code -> code.code(StatusClass.PERMANENT_FAILURE) + " " + code.sampleText())
        .orElse("unregistered");
  }

  public static boolean mailboxFullAllows552() {
    AssociatedReplyCodes replyCodes = EnhancedStatusCode.MAILBOX_FULL.associatedReplyCodes();
    return replyCodes.permits(552) && EnhancedStatusCode.MAILBOX_FULL.statusSubject() == StatusSubject.MAILBOX_STATUS;
  }

  public static int registeredCodes() {
    return StatusCodeRegistry.CODE_COUNT;
  }
}
