package io.github.smtpstatus.cli;

/**
 * {@code java -jar status-codes-api.jar}: prints the bundled registry that the build generated.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    RegistryTable.print(System.out);
  }
}
