package example;

import it.smtpstatus.codes.EnhancedStatusCode;

/** Uses X.7.30, which only the updated registry has, and X.7.28 under the name the old copy pinned. */
public final class RequireTlsCheck {

  private RequireTlsCheck() {}

  public static String requireTls() {
    return EnhancedStatusCode.REQUIRETLS_SUPPORT_REQUIRED.sampleText();
  }

  public static String mailFlood() {
    return EnhancedStatusCode.MAIL_BOMB_DETECTED.sampleText();
  }
}
