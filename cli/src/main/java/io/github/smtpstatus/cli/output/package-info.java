/** Output: text escaped for terminals, colours, and records as JSON Lines (Jackson) or CSV (Commons CSV). */
package io.github.smtpstatus.cli.output;
