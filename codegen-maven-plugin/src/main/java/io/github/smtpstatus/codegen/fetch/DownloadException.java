package io.github.smtpstatus.codegen.fetch;

import java.io.IOException;
import java.net.URI;

/**
 * A table could not be downloaded: refused connection, timeout, an HTTP status other than 200, a body
 * cut short, a refused redirect. The message names the URL and what went wrong.
 */
public final class DownloadException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * A failed download.
   *
   * @param url the URL that could not be downloaded
   * @param reason what went wrong
   */
  public DownloadException(URI url, String reason) {
    super(url + ": " + reason);
  }

  /**
   * A failed download, with its cause.
   *
   * @param url the URL that could not be downloaded
   * @param reason what went wrong
   * @param cause the exception that reported it
   */
  public DownloadException(URI url, String reason, Throwable cause) {
    super(url + ": " + reason, cause);
  }
}
