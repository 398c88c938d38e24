package io.github.smtpstatus.codegen;

import static io.github.smtpstatus.codegen.Fixtures.CLASS_HEADER;
import static io.github.smtpstatus.codegen.Fixtures.CODE_HEADER;
import static io.github.smtpstatus.codegen.Fixtures.SMALL_CLASSES;
import static io.github.smtpstatus.codegen.Fixtures.SMALL_CODES;
import static io.github.smtpstatus.codegen.Fixtures.SMALL_SUBJECTS;
import static io.github.smtpstatus.codegen.Fixtures.SUBJECT_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed inputs, each failing with one exact message (file, line, column, reason) and leaving the
 * previous output, and the state, byte for byte and time for time as they were.
 */
class MalformedInputTest {

  private static final String ROW_1_1 =
      "X.1.1,Bad destination mailbox address,\"451, 550\",The mailbox does not exist.,[RFC3463],G. Vaudreuil,IESG\r\n";
  private static final String CLASSES = TableKind.CLASS.fileName();
  private static final String SUBJECTS = TableKind.SUBJECT.fileName();
  private static final String CODES = TableKind.ENUMERATED.fileName();

  @TempDir
  Path build;

  private Path output;
  private Path state;
  private Map<Path, String> before;

  @BeforeEach
  void generateTheSmallRegistryOnce() throws Exception {
    output = build.resolve("generated-sources");
    state = build.resolve("smtp-status/default.state");
    generation(Fixtures.smallInputs());
    // Back-date everything, so that any rewrite would show in the times as well as in the bytes.
    try (Stream<Path> files = Files.walk(build)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
      }
    }
    before = snapshot();
  }

  static Stream<Arguments> malformedInputs() {
    return Stream.of(
        codes("a required column is missing",
            "Code,Sample Text,Description,Reference,Submitter,Change Controller\r\n"
                + "X.1.1,Bad destination mailbox address,No such mailbox.,[RFC3463],G. Vaudreuil,IESG\r\n",
            CODES + ":1: missing column \"Associated basic status code\" of the Enumerated Status Codes table"),
        codes("an unknown column is present",
            CODE_HEADER.replace("\r\n", ",Status\r\n") + ROW_1_1.replace("\r\n", ",new\r\n"),
            CODES + ":1: column \"Status\": unknown column in the Enumerated Status Codes table (expected Code, "
                + "Sample Text, Associated basic status code, Description, Reference, Submitter, Change Controller)"),
        codes("a column appears twice",
            CODE_HEADER.replace("\r\n", ",Code\r\n") + ROW_1_1.replace("\r\n", ",X.1.1\r\n"),
            CODES + ":1: column \"Code\": appears twice in the header"),
        codes("a quoted field is never closed",
            CODE_HEADER + ROW_1_1 + "X.1.2,Bad destination system address,Not given,\"The system\r\ndoes not exist.,"
                + "[RFC3463],G. Vaudreuil,IESG\r\n",
            CODES + ":3: column \"Description\": quoted field is never closed (quote opened on this line, end of "
                + "file reached)"),
        codes("text follows a closing quote",
            CODE_HEADER + "X.1.1,Bad destination mailbox address,\"451, 550\"x,No such mailbox.,[RFC3463],A,B\r\n",
            CODES + ":2: column \"Associated basic status code\": unexpected \"x\" after the closing quote (a quoted "
                + "field must end at a comma or line end)"),
        codes("a leading zero in the subject",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "X.01.1,"),
            CODES + ":2: column \"Code\": \"X.01.1\" is not a valid enumerated code (leading zero in subject)"),
        codes("a leading zero in the detail",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "X.1.01,"),
            CODES + ":2: column \"Code\": \"X.1.01\" is not a valid enumerated code (leading zero in detail)"),
        codes("a class digit instead of X",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "5.1.1,"),
            CODES + ":2: column \"Code\": \"5.1.1\" is not a valid enumerated code (must start with \"X.\" "
                + "(enumerated codes are class-independent))"),
        codes("a four-digit subject",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "X.1000.1,"),
            CODES + ":2: column \"Code\": \"X.1000.1\" is not a valid enumerated code (subject has more than 3 digits)"),
        codes("a letter in the detail",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "X.1.a,"),
            CODES + ":2: column \"Code\": \"X.1.a\" is not a valid enumerated code (unexpected character 'a' in "
                + "detail)"),
        codes("no detail",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "X.1,"),
            CODES + ":2: column \"Code\": \"X.1\" is not a valid enumerated code (expected X.<subject>.<detail>)"),
        codes("a trailing dot",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "X.1.1.,"),
            CODES + ":2: column \"Code\": \"X.1.1.\" is not a valid enumerated code (unexpected character '.' in "
                + "detail)"),
        codes("a non-ASCII digit",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "X.1.\u0661,"),
            CODES + ":2: column \"Code\": \"X.1.\u0661\" is not a valid enumerated code (unexpected character U+0661 "
                + "in detail)"),
        codes("a duplicate code",
            CODE_HEADER + ROW_1_1 + ROW_1_1,
            CODES + ":3: column \"Code\": \"X.1.1\" is a duplicate (first on line 2)"),
        codes("an empty sample text on a live code",
            CODE_HEADER + ROW_1_1.replace("Bad destination mailbox address", ""),
            CODES + ":2: column \"Sample Text\": is empty for X.1.1, which is not deprecated"),
        codes("a row with too few fields",
            CODE_HEADER + "X.1.1,Bad destination mailbox address,\"451, 550\",No such mailbox.,[RFC3463],IESG\r\n",
            CODES + ":2: has 6 fields, the header has 7"),
        codes("a subject the subject table lacks",
            CODE_HEADER + ROW_1_1.replace("X.1.1,", "X.9.1,"),
            CODES + ":2: column \"Code\": \"X.9.1\" has subject 9, which the subject table does not define"),
        codes("a deprecated row whose replacement is missing",
            CODE_HEADER + ROW_1_1 + "X.1.10,,,This is a duplicate of X.1.99 and is thus deprecated.,[RFC6531],,\r\n",
            CODES + ":3: column \"Description\": X.1.10 names replacement X.1.99, which is not in the table"),
        codes("an empty file", "", CODES + ": is empty"),
        codes("a header without rows", CODE_HEADER, CODES + ": has a header but no rows"),
        Arguments.of("invalid UTF-8", with(CODES, (CODE_HEADER + "X.1.1,Bad ").getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28}, ",Any,D,[RFC3463],A,B\r\n".getBytes(StandardCharsets.UTF_8)),
            CODES + ":2: invalid UTF-8: byte 0xC3 at offset 107"),
        Arguments.of("a table over 10 MiB", with(CODES, new byte[InputFile.MAX_BYTES + 1]),
            CODES + ": is 10485761 bytes, over the limit of 10485760 bytes (10 MiB)"),
        Arguments.of("a class table with class 3",
            inputs(CLASS_HEADER + "3.XXX.XXX,Unknown,Not a class.,[RFC3463],A,B\r\n", SMALL_SUBJECTS, SMALL_CODES, null),
            CLASSES + ":2: column \"Code\": \"3.XXX.XXX\" is not a valid class code (class must be 2, 4 or 5)"),
        Arguments.of("a subject code with a short tail",
            inputs(SMALL_CLASSES, SUBJECT_HEADER + "X.1.XX,Addressing Status,Addresses.,[RFC3463],A,B\r\n", SMALL_CODES,
                null),
            SUBJECTS + ":2: column \"Code\": \"X.1.XX\" is not a valid subject code (expected \".XXX\" after the subject)"),
        names("a pinned name that is a keyword", "X.1.1=class\n",
            "names.properties:1: key \"X.1.1\": \"class\" is a Java keyword, not a valid constant name"),
        names("a pinned name that is not an identifier", "X.1.1=NO SUCH-MAILBOX\n",
            "names.properties:1: key \"X.1.1\": \"NO SUCH-MAILBOX\" is not a Java identifier"),
        names("two codes pinned to one name", "X.1.1=SAME_NAME\nX.6.8=SAME_NAME\n",
            "names.properties:2: key \"X.6.8\": \"SAME_NAME\" gives constant name SAME_NAME to X.6.8, which X.1.1 "
                + "already has"),
        names("a pinned name that collides with a derived one", "X.6.8=BAD_DESTINATION_MAILBOX_ADDRESS\n",
            "names.properties:1: key \"X.6.8\": \"BAD_DESTINATION_MAILBOX_ADDRESS\" gives constant name "
                + "BAD_DESTINATION_MAILBOX_ADDRESS to X.6.8, which X.1.1 already has"),
        names("a key set twice", "X.1.1=ONE\nX.1.1=TWO\n",
            "names.properties:2: key \"X.1.1\": is set twice (first on line 1)"),
        names("a line without =", "# pinned\nX.1.1 BAD_DESTINATION\n",
            "names.properties:2: \"X.1.1 BAD_DESTINATION\" is not a key=value line"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedInputs")
  void failsWithExactMessageAndWritesNothing(String description, Map<String, Object> changes, String message)
      throws IOException {
    assertThatThrownBy(() -> generation(replace(changes)))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(message);

    assertThat(snapshot()).isEqualTo(before);
  }

  private void generation(RegistryInputs inputs) throws RegistryFormatException, IOException {
    new RegistryCodeGeneration(Warnings.IGNORE).run(
        new RegistryCodeGeneration.Request(inputs, "io.github.smtpstatus", output, state, "test"));
  }

  /** Every file under the build folder with its bytes and time. */
  private Map<Path, String> snapshot() throws IOException {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(build)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(build.relativize(file), Files.getLastModifiedTime(file) + " "
            + new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static Arguments codes(String description, String table, String message) {
    return Arguments.of(description, Map.of(CODES, table), message);
  }

  private static Arguments names(String description, String names, String message) {
    return Arguments.of(description, Map.of("names.properties", names), message);
  }

  private static Map<String, Object> inputs(String classes, String subjects, String codes, String names) {
    return names == null
        ? Map.of(CLASSES, classes, SUBJECTS, subjects, CODES, codes)
        : Map.of(CLASSES, classes, SUBJECTS, subjects, CODES, codes, "names.properties", names);
  }

  private static Map<String, Object> with(String file, byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] bytes = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, bytes, at, part.length);
      at += part.length;
    }
    return Map.of(file, bytes);
  }

  /** The small registry with some files replaced; raw bytes may be over the size cap. */
  private static RegistryInputs replace(Map<String, Object> changes) throws RegistryFormatException {
    RegistryInputs small = Fixtures.smallInputs();
    return new RegistryInputs(
        changed(changes, CLASSES, small.classCodes()),
        changed(changes, SUBJECTS, small.subjectCodes()),
        changed(changes, CODES, small.enumeratedCodes()),
        changed(changes, "names.properties", null),
        null);
  }

  private static InputFile changed(Map<String, Object> changes, String name, InputFile original)
      throws RegistryFormatException {
    Object change = changes.get(name);
    if (change == null) {
      return original;
    }
    byte[] bytes = change instanceof byte[] raw ? raw : ((String) change).getBytes(StandardCharsets.UTF_8);
    return InputFile.of(name, bytes);
  }
}
