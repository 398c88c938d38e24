package io.github.smtpstatus.codegen;

import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test inputs: the bundled registry (registry-data is on the class path) and small tables. */
public final class Fixtures {

  public static final String CLASS_HEADER = "Code,Sample Text,Description,Reference,Submitter,Change Controller\r\n";
  public static final String SUBJECT_HEADER = CLASS_HEADER;
  public static final String CODE_HEADER =
      "Code,Sample Text,Associated basic status code,Description,Reference,Submitter,Change Controller\r\n";

  /** A small class table: 2, 4, 5. */
  public static final String SMALL_CLASSES = CLASS_HEADER
      + "2.XXX.XXX,Success,Success specifies that the DSN is reporting a positive delivery action.,[RFC3463] (Standards Track),G. Vaudreuil,IESG\r\n"
      + "4.XXX.XXX,Persistent Transient Failure,Sending in the future may be successful.,[RFC3463] (Standards Track),G. Vaudreuil,IESG\r\n"
      + "5.XXX.XXX,Permanent Failure,Not likely to be resolved by resending.,[RFC3463] (Standards Track),G. Vaudreuil,IESG\r\n";

  /** A small subject table: 0, 1, 6. */
  public static final String SMALL_SUBJECTS = SUBJECT_HEADER
      + "X.0.XXX,Other or Undefined Status,There is no additional subject information available.,[RFC3463] (Standards Track),G. Vaudreuil,IESG\r\n"
      + "X.1.XXX,Addressing Status,The address status reports on the originator or destination address.,[RFC3463] (Standards Track),G. Vaudreuil,IESG\r\n"
      + "X.6.XXX,Message Content or Media Status,Failures involving the content of the message.,[RFC3463] (Standards Track),G. Vaudreuil,IESG\r\n";

  /** A small enumerated table with IANA's quirks: multi-line fields, doubled quotes, a deprecated row. */
  public static final String SMALL_CODES = CODE_HEADER
      + "X.1.1,Bad destination mailbox address,\"451, 550\",\"The mailbox specified in the address does not exist.\n"
      + "The part left of the \"\"@\"\" sign is invalid.\",[RFC3463] (Standards Track),G. Vaudreuil,IESG\r\n"
      + "X.6.8,\"UTF-8 string reply is required,\n"
      + "but not permitted by the SMTP client\",\"252, 553, 550\",This indicates that a reply containing a UTF-8 string is required.,[RFC6531] (Standards track),Jiankang YAO,ima@ietf.org\r\n"
      + "X.6.10,,,This is a duplicate of X.6.8 and is thus deprecated.,[RFC6531] (Standards track),,\r\n";

  private Fixtures() {}

  /** A bundled registry file from registry-data. */
  public static InputFile bundled(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(RegistryInputs.BUNDLED_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("registry-data is not on the test class path: " + name);
      }
      return InputFile.read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RegistryFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bundled registry with names and provenance. */
  public static RegistryInputs bundledInputs() {
    return new RegistryInputs(bundled(TableKind.CLASS.fileName()), bundled(TableKind.SUBJECT.fileName()),
        bundled(TableKind.ENUMERATED.fileName()), bundled(RegistryInputs.NAMES_FILE),
        bundled(RegistryInputs.PROVENANCE_FILE));
  }

  /**
   * The number of codes of the bundled enumerated table, counted from the CSV, so that tests need no
   * change when a refresh of the registry adds codes.
   */
  public static int bundledCodeCount() {
    try {
      return new RegistryLoader(Warnings.IGNORE).load(bundledInputs()).registry().codes().size();
    } catch (RegistryFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code 3 classes, 8 subjects, 81 codes} for the bundled registry, as the plugin reports it. */
  public static String bundledCounts() {
    return "3 classes, 8 subjects, " + bundledCodeCount() + " codes";
  }

  /** The small registry above, without names or provenance. */
  public static RegistryInputs smallInputs() {
    return new RegistryInputs(input(TableKind.CLASS.fileName(), SMALL_CLASSES),
        input(TableKind.SUBJECT.fileName(), SMALL_SUBJECTS), input(TableKind.ENUMERATED.fileName(), SMALL_CODES),
        null, null);
  }

  /** An in-memory input. */
  public static InputFile input(String name, String content) {
    return input(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** An in-memory input. */
  public static InputFile input(String name, byte[] content) {
    try {
      return InputFile.of(name, content);
    } catch (RegistryFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A warnings sink that keeps what it receives. */
  public static final class CollectedWarnings implements Warnings {
    private final List<String> messages = new ArrayList<>();

    @Override
    public void warn(Problem problem) {
      messages.add(problem.toString());
    }

    public List<String> messages() {
      return messages;
    }
  }
}
