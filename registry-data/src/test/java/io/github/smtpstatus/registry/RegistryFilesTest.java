package io.github.smtpstatus.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Guards the shipped registry files against silent edits and gaps. */
class RegistryFilesTest {

  private static final String FOLDER = "io/github/smtpstatus/registry/";
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  static Stream<String> tables() {
    return Stream.of("class", "subject", "enumerated");
  }

  @ParameterizedTest
  @MethodSource("tables")
  void tableMatchesItsRecordedSha256(String table) throws IOException {
    Properties provenance = properties("registry.properties");
    String file = provenance.getProperty(table + ".file");

    assertThat(file).as("%s.file", table).isNotBlank();
    assertThat(sha256(bytes(file)))
        .as("SHA-256 of %s; after a deliberate edit, update %s.sha256 in registry.properties", file, table)
        .isEqualTo(provenance.getProperty(table + ".sha256"));
  }

  @ParameterizedTest
  @MethodSource("tables")
  void provenanceNamesIanaUrlAndRetrievalDate(String table) throws IOException {
    Properties provenance = properties("registry.properties");

    assertThat(provenance.getProperty(table + ".url"))
        .isEqualTo("https://www.iana.org/assignments/smtp-enhanced-status-codes/"
            + provenance.getProperty(table + ".file"));
    assertThat(provenance.getProperty(table + ".retrieved")).matches("\\d{4}-\\d{2}(-\\d{2})?");
  }

  @Test
  void enumeratedTableHoldsTheEightyOneCodesOfTheSeptember2020Registry() throws IOException {
    assertThat(codes("smtp-enhanced-status-codes-3.csv"))
        .hasSize(81)
        .startsWith("X.0.0", "X.1.0", "X.1.1")
        .endsWith("X.7.30");
  }

  @ParameterizedTest
  @MethodSource("tables")
  void everyRowHasExactlyOnePinnedConstantName(String table) throws IOException {
    String file = properties("registry.properties").getProperty(table + ".file");
    Map<String, String> names = pinnedNames();

    assertThat(names.keySet()).containsAll(codes(file));
  }

  @Test
  void pinnedNamesAreUpperSnakeAndAtMostFiftyCharacters() throws IOException {
    assertThat(pinnedNames().values())
        .allSatisfy(name -> assertThat(name).matches(CONSTANT).hasSizeLessThanOrEqualTo(50));
  }

  @Test
  void pinnedNamesAreUnique() throws IOException {
    List<String> names = new ArrayList<>(pinnedNames().values());

    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void namesFileHasNoDuplicateKeys() throws IOException {
    List<String> keys = new ArrayList<>();
    for (String line : text("names.properties").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        keys.add(line.substring(0, line.indexOf('=')));
      }
    }

    assertThat(keys).doesNotHaveDuplicates();
  }

  private static List<String> codes(String file) throws IOException {
    List<String> codes = new ArrayList<>();
    try (Reader reader = new StringReader(text(file))) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
        codes.add(record.get("Code"));
      }
    }
    return codes;
  }

  private static Map<String, String> pinnedNames() throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    Properties properties = properties("names.properties");
    for (String key : properties.stringPropertyNames()) {
      names.put(key, properties.getProperty(key));
    }
    return names;
  }

  private static Properties properties(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = open(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static String text(String file) throws IOException {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String file) throws IOException {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    }
  }

  private static InputStream open(String file) throws IOException {
    InputStream in = RegistryFilesTest.class.getClassLoader().getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IOException("missing resource " + FOLDER + file);
    }
    return in;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required of every JDK", e);
    }
  }
}
