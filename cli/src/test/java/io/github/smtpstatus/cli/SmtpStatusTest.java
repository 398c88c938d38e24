package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmtpStatusTest {

  @Test
  void noCommandIsAUsageErrorWithTheUsageOnStandardError() {
    Run run = Run.of();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Missing command: give one of explain, scan, bounces, summary, registry (or --help)\n"
        + "Usage: smtp-status [-hV] COMMAND");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run run = Run.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("  explain  ", "  scan  ", "  bounces  ", "  summary  ", "  registry  ", "  generate-completion  ",
        "Exit codes:", "  3    --fail-on found what it names");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run run = Run.of("scan", "--frobnicate");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("Unknown option: '--frobnicate'");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Run run = Run.of("frobnicate");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("Unmatched argument at index 0: 'frobnicate'");
  }

  @Test
  void versionNamesTheToolAndTheRegistry() {
    Run run = Run.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("smtp-status " + Version.tool() + "\n"
        + "IANA SMTP Enhanced Status Codes registry: 81 codes, retrieved 2020-09 (smtp-enhanced-status-codes-3.csv");
    assertThat(Version.tool()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void generatesABashCompletionScriptThatKnowsTheCommandsAndValues() {
    Run run = Run.of("generate-completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F _complete_smtp-status",
        "local commands=\"explain scan bounces summary registry generate-completion\"",
        "(\"permanent\" \"failure\" \"hard\") # --fail-on values");
  }

  @Test
  void jsonAndCsvTogetherAreAUsageError() {
    Run run = Run.of("registry", "--json", "--csv");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("Error: --json, --csv are mutually exclusive (specify only one)");
  }

  @Test
  void anInternalErrorExitsWith70AndAsksForAReport() {
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("boom");
      }
    };
    Run run = Run.in(Environment.of(failing), "scan");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOFTWARE);
    assertThat(run.err()).startsWith("smtp-status: internal error, please report it with the command line and this "
        + "trace:\njava.lang.IllegalStateException: boom");
  }
}
