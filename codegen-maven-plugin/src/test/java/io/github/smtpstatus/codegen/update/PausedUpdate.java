package io.github.smtpstatus.codegen.update;

import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.update.FaultyFiles.Kind;
import java.nio.file.Path;

/**
 * The main class {@link UpdateKilledTest} runs in a JVM of its own: the update of {@link UpdateFixture}
 * in the folders given, pausing after the given file operation so that the test can kill it there.
 * Arguments: the temp folder of the fixture, {@code write} or {@code move}, the operation's ordinal.
 */
public final class PausedUpdate {

  private PausedUpdate() {}

  public static void main(String[] args) throws Exception {
    UpdateFixture fixture = UpdateFixture.existing(Path.of(args[0]));
    FaultyFiles files = new FaultyFiles().pausingAfter(Kind.valueOf(args[1].toUpperCase()), Integer.parseInt(args[2]));
    new RegistryUpdate(Warnings.IGNORE, files).run(fixture.request(false));
    System.out.println("finished without pausing");
  }
}
