package example;

import com.example.mailstatus.EnhancedStatusCode;
import com.example.mailstatus.StatusSubject;

public final class QuotaCheck {

  private QuotaCheck() {}

  public static boolean isQuota(EnhancedStatusCode code) {
    return code.statusSubject() == StatusSubject.QUOTA_STATUS;
  }

  public static EnhancedStatusCode[] quotaCodes() {
    return new EnhancedStatusCode[] {EnhancedStatusCode.DAILY_QUOTA_EXCEEDED, EnhancedStatusCode.QUOTA_DEPASSEE_HOURLY};
  }

  public static EnhancedStatusCode noSuchMailbox() {
    return EnhancedStatusCode.NO_SUCH_MAILBOX;
  }
}
