package example;

import it.smtpstatus.codes.EnhancedStatusCode;

public final class UsesGenerated {

  private UsesGenerated() {}

  public static String mailboxFull() {
    return EnhancedStatusCode.MAILBOX_FULL.code();
  }
}
