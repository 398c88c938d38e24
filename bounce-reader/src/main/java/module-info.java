/**
 * Whole bounce messages to per-recipient delivery results: RFC 3464 delivery status notifications,
 * RFC 6533 global ones, prose bounces, ARF feedback reports and auto-replies.
 *
 * <p>Apache James mime4j-core 0.8.14 ships no module descriptor and no {@code Automatic-Module-Name},
 * so on the module path it is the automatic module named from its file name,
 * {@code apache.mime4j.core}. None of its types appear in this module's API, so it is required but not
 * re-exported; on the class path nothing changes. The compiler warns that a module requiring a
 * filename-based automatic module should not be published: a consumer that renames or repackages the jar
 * changes that name. Should mime4j add an {@code Automatic-Module-Name} (or a descriptor), only the
 * {@code requires} line here changes.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.smtpstatus.bounce {
  requires transitive io.github.smtpstatus;
  requires apache.mime4j.core;

  exports io.github.smtpstatus.bounce;
}
