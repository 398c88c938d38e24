package io.github.smtpstatus.codegen.model;

import java.util.List;

/** The three tables of IANA's SMTP Enhanced Status Codes registry (RFC 5248 section 2.3). */
public enum TableKind {
  /** Class Sub-Codes: {@code 2.XXX.XXX}, {@code 4.XXX.XXX}, {@code 5.XXX.XXX}. */
  CLASS("class", "smtp-enhanced-status-codes-1.csv", "Class Sub-Codes",
      List.of("Code", "Sample Text", "Description", "Reference", "Submitter", "Change Controller")),
  /** Subject Sub-Codes: {@code X.0.XXX} to {@code X.7.XXX}. */
  SUBJECT("subject", "smtp-enhanced-status-codes-2.csv", "Subject Sub-Codes",
      List.of("Code", "Sample Text", "Description", "Reference", "Submitter", "Change Controller")),
  /** Enumerated Status Codes: {@code X.0.0} and up. */
  ENUMERATED("enumerated", "smtp-enhanced-status-codes-3.csv", "Enumerated Status Codes",
      List.of("Code", "Sample Text", "Associated basic status code", "Description", "Reference",
          "Submitter", "Change Controller"));

  /** The column {@value}. */
  public static final String CODE = "Code";
  /** The column {@value}. */
  public static final String SAMPLE_TEXT = "Sample Text";
  /** The column {@value}. */
  public static final String ASSOCIATED_CODES = "Associated basic status code";
  /** The column {@value}. */
  public static final String DESCRIPTION = "Description";
  /** The column {@value}. */
  public static final String REFERENCE = "Reference";
  /** The column {@value}. */
  public static final String SUBMITTER = "Submitter";
  /** The column {@value}. */
  public static final String CHANGE_CONTROLLER = "Change Controller";

  private final String key;
  private final String fileName;
  private final String title;
  private final List<String> columns;

  TableKind(String key, String fileName, String title, List<String> columns) {
    this.key = key;
    this.fileName = fileName;
    this.title = title;
    this.columns = columns;
  }

  /**
   * {@return the key of this table in {@code registry.properties}: {@code class}, {@code subject}, {@code enumerated}}
   */
  public String key() {
    return key;
  }

  /** {@return the file name IANA publishes the table under} */
  public String fileName() {
    return fileName;
  }

  /** {@return IANA's title of the table} */
  public String title() {
    return title;
  }

  /** {@return the columns of the table, in IANA's order; files may order them differently} */
  public List<String> columns() {
    return columns;
  }
}
