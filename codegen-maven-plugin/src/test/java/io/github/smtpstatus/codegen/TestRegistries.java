package io.github.smtpstatus.codegen;

import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Registry versions for tests: the current one bundled in registry-data, and an older one constructed
 * from it. The older version lacks X.1.10, X.7.29 and X.7.30; writes X.7.28's sample text "Mail bomb
 * detected" (and pins MAIL_BOMB_DETECTED for it), X.3.4's reply codes "552" and X.7.27's reference
 * "[RFC7505]"; and wraps X.2.2's description and the X.7.XXX subject's description differently.
 */
public final class TestRegistries {

  /** The five files of a registry folder. */
  public static final List<String> FILES = List.of(TableKind.CLASS.fileName(), TableKind.SUBJECT.fileName(),
      TableKind.ENUMERATED.fileName(), RegistryInputs.NAMES_FILE, RegistryInputs.PROVENANCE_FILE);

  private TestRegistries() {}

  /** The current registry: the files bundled in registry-data, by file name. */
  public static Map<String, byte[]> current() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : FILES) {
      files.put(file, bundled(file));
    }
    return files;
  }

  /** The constructed older registry, by file name, with a registry.properties matching its tables. */
  public static Map<String, byte[]> older() {
    String codes = text(TableKind.ENUMERATED.fileName());
    codes = removeRecord(codes, "X.1.10");
    codes = removeRecord(codes, "X.7.29");
    codes = removeRecord(codes, "X.7.30");
    codes = replaceOnce(codes, "X.7.28,Mail flood detected,", "X.7.28,Mail bomb detected,");
    codes = replaceOnce(codes, "X.3.4,Message too big for system,\"552, 554\",", "X.3.4,Message too big for system,552,");
    codes = replaceOnce(codes, "DSN).\",[RFC7505] (Standards Track),", "DSN).\",[RFC7505],");
    codes = rewrapDescription(codes, "X.2.2,Mailbox full,552,\"");

    String subjects = rewrapDescription(text(TableKind.SUBJECT.fileName()), "X.7.XXX,Security or Policy Status,\"");

    String names = text(RegistryInputs.NAMES_FILE);
    names = replaceOnce(names, "X.1.10=RECIPIENT_ADDRESS_HAS_NULL_MX\n", "");
    names = replaceOnce(names, "X.7.29=ARC_VALIDATION_FAILURE\n", "");
    names = replaceOnce(names, "X.7.30=REQUIRETLS_SUPPORT_REQUIRED\n", "");
    names = replaceOnce(names, "X.7.28=MAIL_FLOOD_DETECTED\n", "X.7.28=MAIL_BOMB_DETECTED\n");

    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(TableKind.CLASS.fileName(), bundled(TableKind.CLASS.fileName()));
    files.put(TableKind.SUBJECT.fileName(), bytes(subjects));
    files.put(TableKind.ENUMERATED.fileName(), bytes(codes));
    files.put(RegistryInputs.NAMES_FILE, bytes(names));
    files.put(RegistryInputs.PROVENANCE_FILE, bytes(provenance(files, "2019-06")));
    return files;
  }

  /** A registry.properties for the tables of {@code files}, retrieved from IANA on {@code date}. */
  public static String provenance(Map<String, byte[]> files, String date) {
    StringBuilder out = new StringBuilder("# Provenance of the tables in this folder.\n");
    for (TableKind kind : TableKind.values()) {
      out.append('\n')
          .append(kind.key()).append(".file=").append(kind.fileName()).append('\n')
          .append(kind.key()).append(".url=https://www.iana.org/assignments/smtp-enhanced-status-codes/")
          .append(kind.fileName()).append('\n')
          .append(kind.key()).append(".retrieved=").append(date).append('\n')
          .append(kind.key()).append(".sha256=").append(Sha256.hex(files.get(kind.fileName()))).append('\n')
          .append(kind.key()).append(".note=constructed for tests\n");
    }
    return out.toString();
  }

  /** Writes files into a folder, creating it. */
  public static Path write(Path folder, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Files.write(folder.resolve(file.getKey()), file.getValue());
    }
    return folder;
  }

  /** The SHA-256 of every file in a folder (not recursive), by file name. */
  public static Map<String, String> sha256s(Path folder) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        hashes.put(file.getFileName().toString(), Sha256.hex(Files.readAllBytes(file)));
      }
    }
    return hashes;
  }

  /** A bundled file's bytes. */
  public static byte[] bundled(String name) {
    try (InputStream in = TestRegistries.class.getClassLoader().getResourceAsStream(RegistryInputs.BUNDLED_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String bundledName) {
    return new String(bundled(bundledName), StandardCharsets.UTF_8);
  }

  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Removes the CSV record starting with {@code code,} (up to the next record, which starts with X.). */
  public static String removeRecord(String table, String code) {
    int start = table.indexOf("\r\n" + code + ",");
    if (start < 0) {
      throw new IllegalArgumentException("no record " + code);
    }
    int next = table.indexOf("\r\nX.", start + 2);
    return table.substring(0, start) + (next < 0 ? "\r\n" : table.substring(next));
  }

  public static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    if (at < 0 || text.indexOf(target, at + 1) >= 0) {
      throw new IllegalArgumentException("expected exactly one " + target);
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  /** Puts the quoted description that follows {@code prefix} on one line, words unchanged. */
  private static String rewrapDescription(String table, String prefix) {
    int start = table.indexOf(prefix);
    if (start < 0) {
      throw new IllegalArgumentException("no " + prefix);
    }
    int open = start + prefix.length();
    int close = table.indexOf('"', open);
    String description = table.substring(open, close).replaceAll("\\s+", " ");
    return table.substring(0, open) + description + table.substring(close);
  }
}
