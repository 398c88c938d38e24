import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Central Portal bundle (central-publishing-maven-plugin's central-bundle.zip) before anything
 * is uploaded: every listed artifact is there with its POM, and every jar artifact with its jar,
 * -sources and -javadoc jars; every file has correct .md5 and .sha1 files (and .asc with --signed); the
 * bundle holds nothing else; and each POM, with what it inherits from a parent in the bundle, has what
 * Central requires (https://central.sonatype.org/publish/requirements/): name, description, url,
 * licenses, developers, scm, plus issueManagement, at addresses Maven did not extend with the module's
 * artifactId.
 *
 * <pre>
 * java .ci/CheckReleaseBundle.java [--signed] BUNDLE.zip VERSION ARTIFACT-LIST-FILE
 * java .ci/CheckReleaseBundle.java --self-test
 * </pre>
 *
 * Exit status 0 when the bundle passes, 1 with every problem listed when it does not, 2 on bad usage.
 */
public final class CheckReleaseBundle {

  static final String GROUP = "io.github.smtpstatus";

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--self-test")) {
      System.exit(SelfTest.run());
    }
    boolean signed = args.length == 4 && args[0].equals("--signed");
    int at = signed ? 1 : 0;
    if (args.length - at != 3) {
      System.err.println("usage: java .ci/CheckReleaseBundle.java [--signed] BUNDLE.zip VERSION ARTIFACT-LIST-FILE");
      System.exit(2);
    }
    Map<String, byte[]> bundle = readZip(Files.readAllBytes(Path.of(args[at])));
    List<String> artifacts = Files.readAllLines(Path.of(args[at + 2])).stream()
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    List<String> problems = check(bundle, args[at + 1], artifacts, signed);
    if (problems.isEmpty()) {
      System.out.println("release bundle OK: " + args[at] + " holds " + String.join(", ", artifacts) + " "
          + args[at + 1] + (signed ? ", signed" : " (signatures not checked)") + ", " + bundle.size() + " files");
      return;
    }
    System.err.println("release bundle " + args[at] + " FAILS the Central requirements (" + problems.size()
        + " problems):");
    problems.forEach(problem -> System.err.println("  - " + problem));
    System.exit(1);
  }

  /** Every problem of the bundle, in a stable order; empty when it passes. */
  static List<String> check(Map<String, byte[]> bundle, String version, List<String> artifacts, boolean signed) {
    List<String> problems = new ArrayList<>();
    if (version.endsWith("-SNAPSHOT")) {
      problems.add("version " + version + " is a SNAPSHOT: Central publishes release versions only");
    }
    String groupPath = GROUP.replace('.', '/') + "/";
    Map<String, Element> poms = new LinkedHashMap<>();
    java.util.Set<String> checked = new java.util.HashSet<>();
    for (String artifact : artifacts) {
      String base = groupPath + artifact + "/" + version + "/" + artifact + "-" + version;
      byte[] pomBytes = bundle.get(base + ".pom");
      if (pomBytes == null) {
        problems.add(artifact + ": no " + base + ".pom in the bundle");
        continue;
      }
      Element pom = parse(pomBytes, base + ".pom", problems);
      if (pom == null) {
        continue;
      }
      poms.put(artifact, pom);
      List<String> files = new ArrayList<>(List.of(base + ".pom"));
      if (!text(pom, "packaging", "jar").equals("pom")) {
        files.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
      }
      for (String file : files) {
        checkFile(bundle, file, signed, problems);
      }
      checked.addAll(files);
      if (files.size() > 1 && files.stream().allMatch(bundle::containsKey)) {
        checkJars(artifact, bundle.get(base + ".jar"), bundle.get(base + "-sources.jar"),
            bundle.get(base + "-javadoc.jar"), problems);
      }
    }
    for (String entry : bundle.keySet()) {
      if (!checked.contains(entry) && !entry.matches(".*\\.(md5|sha1|sha256|sha512|asc)")) {
        checkFile(bundle, entry, signed, problems);
      }
      String[] parts = entry.startsWith(groupPath) ? entry.substring(groupPath.length()).split("/") : new String[0];
      if (parts.length != 3 || !artifacts.contains(parts[0]) || !parts[1].equals(version)) {
        problems.add(entry + ": not an artifact of the list (add the module to .ci/published-artifacts, or to"
            + " excludeArtifacts of the release profile if it is never published)");
      }
    }
    for (Map.Entry<String, Element> pom : poms.entrySet()) {
      checkPom(pom.getKey(), pom.getValue(), version, poms, problems);
    }
    return problems;
  }

  private static void checkFile(Map<String, byte[]> bundle, String file, boolean signed, List<String> problems) {
    byte[] content = bundle.get(file);
    if (content == null) {
      problems.add("missing " + file);
      return;
    }
    for (String algorithm : List.of("MD5", "SHA-1", "SHA-256", "SHA-512")) {
      String suffix = "." + algorithm.toLowerCase().replace("-", "");
      byte[] sum = bundle.get(file + suffix);
      boolean required = algorithm.equals("MD5") || algorithm.equals("SHA-1");
      if (sum == null) {
        if (required) {
          problems.add("missing " + file + suffix);
        }
      } else if (!new String(sum, StandardCharsets.US_ASCII).strip().split("\\s+")[0].equalsIgnoreCase(digest(algorithm, content))) {
        problems.add(file + suffix + " does not match the file");
      }
    }
    byte[] signature = bundle.get(file + ".asc");
    if (signed && (signature == null || !new String(signature, StandardCharsets.US_ASCII).startsWith("-----BEGIN PGP SIGNATURE-----"))) {
      problems.add((signature == null ? "missing " : "not an ASCII-armoured signature: ") + file + ".asc");
    }
  }

  private static void checkJars(String artifact, byte[] jar, byte[] sources, byte[] javadoc, List<String> problems) {
    Map<String, byte[]> main = readZip(jar);
    boolean hasClasses = main.keySet().stream().anyMatch(name -> name.endsWith(".class"));
    for (String required : List.of("META-INF/MANIFEST.MF", "META-INF/LICENSE", "META-INF/NOTICE")) {
      if (!main.containsKey(required)) {
        problems.add(artifact + ": the jar lacks " + required);
      }
    }
    Map<String, byte[]> sourceEntries = readZip(sources);
    if (hasClasses ? sourceEntries.keySet().stream().noneMatch(name -> name.endsWith(".java"))
        : sourceEntries.keySet().stream().allMatch(name -> name.startsWith("META-INF/"))) {
      problems.add(artifact + ": the -sources jar holds no " + (hasClasses ? "Java source" : "file of the jar"));
    }
    String page = hasClasses ? "index.html" : "README.md";
    if (!readZip(javadoc).containsKey(page)) {
      problems.add(artifact + ": the -javadoc jar has no " + page);
    }
  }

  private static void checkPom(String artifact, Element pom, String version, Map<String, Element> poms, List<String> problems) {
    String label = artifact + "-" + version + ".pom";
    List<Element> chain = new ArrayList<>(List.of(pom));
    for (Element parent = child(pom, "parent"); parent != null; parent = child(chain.get(chain.size() - 1), "parent")) {
      Element parentPom = poms.get(text(parent, "artifactId", ""));
      if (!text(parent, "groupId", "").equals(GROUP) || parentPom == null || !text(parent, "version", "").equals(version)) {
        problems.add(label + ": its parent " + text(parent, "groupId", "") + ":" + text(parent, "artifactId", "") + ":"
            + text(parent, "version", "") + " is not in the bundle, so Central cannot see what it inherits");
        break;
      }
      chain.add(parentPom);
    }
    require(label, "groupId", inherited(chain, "groupId").equals(GROUP) ? GROUP : null, problems);
    if (!text(pom, "artifactId", "").equals(artifact)) {
      problems.add(label + ": artifactId is " + text(pom, "artifactId", "(none)"));
    }
    if (!inherited(chain, "version").equals(version)) {
      problems.add(label + ": version is " + inherited(chain, "version") + ", not " + version);
    }
    require(label, "name", text(pom, "name", null), problems);
    require(label, "description", inherited(chain, "description"), problems);
    require(label, "url", address(chain, List.of(), "url", "child.project.url.inherit.append.path", problems, label), problems);
    Element licenses = first(chain, "licenses");
    List<Element> license = licenses == null ? List.of() : children(licenses, "license");
    if (license.isEmpty() || license.stream().anyMatch(l -> text(l, "name", "").isBlank() || text(l, "url", "").isBlank())) {
      problems.add(label + ": needs licenses/license, each with name and url");
    }
    Element developers = first(chain, "developers");
    if (developers == null || children(developers, "developer").stream().noneMatch(d -> !text(d, "name", "").isBlank())) {
      problems.add(label + ": needs developers/developer with a name");
    }
    for (String scm : List.of("url", "connection", "developerConnection")) {
      require(label, "scm/" + scm, address(chain, List.of("scm"), scm, "child.scm." + scm + ".inherit.append.path",
          problems, label), problems);
    }
    Element issues = first(chain, "issueManagement");
    require(label, "issueManagement/url", issues == null ? null : text(issues, "url", null), problems);
  }

  /**
   * The effective value of an address, as Maven inherits it: a module that does not set it gets its
   * parent's with "/artifactId" appended, unless the parent's attribute turns the appending off. An
   * appended address is a problem here: on GitHub it names a page that does not exist.
   */
  private static String address(List<Element> chain, List<String> path, String name, String appendAttribute,
      List<String> problems, String label) {
    for (int i = 0; i < chain.size(); i++) {
      Element holder = descend(chain.get(i), path);
      String value = holder == null ? null : text(holder, name, null);
      if (value != null) {
        for (int j = i; j > 0; j--) {
          Element attributeHolder = path.isEmpty() ? chain.get(j) : descend(chain.get(j), path);
          if (attributeHolder == null || !attributeHolder.getAttribute(appendAttribute).equals("false")) {
            problems.add(label + ": " + String.join("/", path) + (path.isEmpty() ? "" : "/") + name
                + " is inherited as " + value + "/" + text(chain.get(j - 1), "artifactId", "")
                + ": set " + appendAttribute + "=\"false\" where it is declared");
            break;
          }
        }
        return value;
      }
    }
    return null;
  }

  private static void require(String label, String element, String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(label + ": no " + element);
    }
  }

  private static String inherited(List<Element> chain, String name) {
    for (Element pom : chain) {
      String value = text(pom, name, null);
      if (value == null && pom == chain.get(0) && child(pom, "parent") != null && !name.equals("description")) {
        value = text(child(pom, "parent"), name, null);
      }
      if (value != null) {
        return value;
      }
    }
    return "";
  }

  private static Element first(List<Element> chain, String name) {
    return chain.stream().map(pom -> child(pom, name)).filter(e -> e != null).findFirst().orElse(null);
  }

  private static Element descend(Element element, List<String> path) {
    for (String name : path) {
      element = element == null ? null : child(element, name);
    }
    return element;
  }

  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  static String text(Element parent, String name, String fallback) {
    Element element = child(parent, name);
    return element == null ? fallback : element.getTextContent().strip();
  }

  private static Element parse(byte[] pom, String file, List<String> problems) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(pom));
      return document.getDocumentElement();
    } catch (Exception e) {
      problems.add(file + ": not a well-formed POM: " + e.getMessage());
      return null;
    }
  }

  static Map<String, byte[]> readZip(byte[] zip) {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("not a zip file", e);
    }
    return entries;
  }

  static byte[] writeZip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String digest(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from the JDK", e);
    }
  }
}

/** Synthetic bundles, each broken in one way, and the problem the check must report for it. */
final class SelfTest {

  private static final String V = "1.0.0";
  private static final String DIR = "io/github/smtpstatus/";

  static int run() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("missing javadoc", "missing " + DIR + "lib/1.0.0/lib-1.0.0-javadoc.jar");
    cases.put("wrong md5", DIR + "lib/1.0.0/lib-1.0.0.jar.md5 does not match the file");
    cases.put("missing sha1", "missing " + DIR + "lib/1.0.0/lib-1.0.0-sources.jar.sha1");
    cases.put("url appended", "lib-1.0.0.pom: url is inherited as https://example.org/p/lib");
    cases.put("scm appended", "lib-1.0.0.pom: scm/connection is inherited as scm:git:https://example.org/p.git/lib");
    cases.put("no licenses", "data-1.0.0.pom: needs licenses/license, each with name and url");
    cases.put("no name", "lib-1.0.0.pom: no name");
    cases.put("no issueManagement", "lib-1.0.0.pom: no issueManagement/url");
    cases.put("extra artifact", DIR + "bench/1.0.0/bench-1.0.0.jar: not an artifact of the list");
    cases.put("parent missing", "lib-1.0.0.pom: its parent io.github.smtpstatus:parent:1.0.0 is not in the bundle");
    cases.put("no licence in jar", "lib: the jar lacks META-INF/LICENSE");
    cases.put("placeholder javadoc", "data: the -javadoc jar has no README.md");
    cases.put("unsigned", "missing " + DIR + "parent/1.0.0/parent-1.0.0.pom.asc");
    cases.put("snapshot", "version 1.0.0-SNAPSHOT is a SNAPSHOT");
    List<String> failures = new ArrayList<>();
    List<String> good = CheckReleaseBundle.check(bundle(""), V, List.of("parent", "lib", "data"), false);
    if (!good.isEmpty()) {
      failures.add("the good bundle fails: " + good);
    }
    for (Map.Entry<String, String> c : cases.entrySet()) {
      String version = c.getKey().equals("snapshot") ? V + "-SNAPSHOT" : V;
      List<String> problems = CheckReleaseBundle.check(bundle(c.getKey()), version, List.of("parent", "lib", "data"),
          c.getKey().equals("unsigned"));
      if (problems.stream().noneMatch(problem -> problem.startsWith(c.getValue()))) {
        failures.add(c.getKey() + ": expected \"" + c.getValue() + "...\", got " + problems);
      }
    }
    if (failures.isEmpty()) {
      System.out.println("CheckReleaseBundle self-test: " + (cases.size() + 1) + " passed, 0 failed");
      return 0;
    }
    failures.forEach(failure -> System.err.println("CheckReleaseBundle self-test FAILED: " + failure));
    System.out.println("CheckReleaseBundle self-test: " + (cases.size() + 1 - failures.size()) + " passed, "
        + failures.size() + " failed");
    return 1;
  }

  /** A bundle of a parent POM, a jar with classes and a data jar, broken as {@code defect} says. */
  private static Map<String, byte[]> bundle(String defect) {
    String parent = "<project child.project.url.inherit.append.path=\"" + (defect.equals("url appended") ? "true" : "false")
        + "\"><groupId>io.github.smtpstatus</groupId><artifactId>parent</artifactId><version>" + V + "</version>"
        + "<packaging>pom</packaging><name>P</name><description>D</description><url>https://example.org/p</url>"
        + (defect.equals("no licenses") ? "" : "<licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>")
        + "<developers><developer><name>M</name></developer></developers>"
        + "<scm child.scm.url.inherit.append.path=\"false\" child.scm.developerConnection.inherit.append.path=\"false\""
        + (defect.equals("scm appended") ? "" : " child.scm.connection.inherit.append.path=\"false\"")
        + "><url>https://example.org/p</url><connection>scm:git:https://example.org/p.git</connection>"
        + "<developerConnection>scm:git:ssh://example.org/p.git</developerConnection></scm>"
        + "<issueManagement><url>https://example.org/p/issues</url></issueManagement></project>";
    Map<String, byte[]> files = new TreeMap<>();
    if (!defect.equals("parent missing")) {
      add(files, "parent", ".pom", parent.getBytes(StandardCharsets.UTF_8), defect);
    }
    for (String module : List.of("lib", "data")) {
      boolean lib = module.equals("lib");
      String pom = "<project><parent><groupId>io.github.smtpstatus</groupId><artifactId>parent</artifactId><version>" + V
          + "</version></parent><artifactId>" + module + "</artifactId>"
          + (lib && defect.equals("no name") ? "" : "<name>" + module + "</name>")
          + (lib && defect.equals("no issueManagement") ? "<issueManagement><system>x</system></issueManagement>" : "")
          + "</project>";
      add(files, module, ".pom", pom.getBytes(StandardCharsets.UTF_8), defect);
      Map<String, byte[]> jar = new TreeMap<>(Map.of("META-INF/MANIFEST.MF", new byte[1], "META-INF/NOTICE", new byte[1]));
      if (!(lib && defect.equals("no licence in jar"))) {
        jar.put("META-INF/LICENSE", new byte[1]);
      }
      jar.put(lib ? "a/A.class" : "a/table.csv", new byte[1]);
      add(files, module, ".jar", CheckReleaseBundle.writeZip(jar), defect);
      add(files, module, "-sources.jar", CheckReleaseBundle.writeZip(Map.of(lib ? "a/A.java" : "a/table.csv", new byte[1])), defect);
      if (!(lib && defect.equals("missing javadoc"))) {
        String page = lib ? "index.html" : defect.equals("placeholder javadoc") ? "index.html" : "README.md";
        add(files, module, "-javadoc.jar", CheckReleaseBundle.writeZip(Map.of(page, new byte[1])), defect);
      }
    }
    if (defect.equals("extra artifact")) {
      add(files, "bench", ".jar", new byte[1], defect);
    }
    return files;
  }

  private static void add(Map<String, byte[]> files, String artifact, String suffix, byte[] content, String defect) {
    String version = defect.equals("snapshot") ? V + "-SNAPSHOT" : V;
    String name = DIR + artifact + "/" + version + "/" + artifact + "-" + version + suffix;
    files.put(name, content);
    String md5 = CheckReleaseBundle.digest("MD5", content);
    files.put(name + ".md5", (artifact.equals("lib") && suffix.equals(".jar") && defect.equals("wrong md5")
        ? "0".repeat(32) : md5).getBytes(StandardCharsets.US_ASCII));
    if (!(artifact.equals("lib") && suffix.equals("-sources.jar") && defect.equals("missing sha1"))) {
      files.put(name + ".sha1", CheckReleaseBundle.digest("SHA-1", content).getBytes(StandardCharsets.US_ASCII));
    }
  }
}
