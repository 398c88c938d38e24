/**
 * The {@code smtp-status} command-line tool: {@link io.github.smtpstatus.cli.Main} runs
 * {@link io.github.smtpstatus.cli.SmtpStatus}, whose picocli subcommands explain codes, scan logs, summarise and
 * print the registry. Users call it through its command line, documented in docs/CLI.md.
 */
package io.github.smtpstatus.cli;
