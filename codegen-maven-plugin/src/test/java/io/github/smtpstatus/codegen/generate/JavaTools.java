package io.github.smtpstatus.codegen.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** javac and javadoc in-process over generated sources, with every diagnostic collected. */
final class JavaTools {

  private JavaTools() {}

  /** Writes sources (by relative path) under {@code dir/src} and returns the files. */
  static List<Path> write(Path dir, Map<String, byte[]> sources) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, byte[]> source : sources.entrySet()) {
      Path file = dir.resolve("src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, source.getValue());
      files.add(file);
    }
    return files;
  }

  /**
   * Compiles with {@code -Xlint:all -Werror} (deprecation aside: the registry deprecates codes) for
   * Java 17 into {@code dir/classes}.
   *
   * @return the errors and warnings, rendered; empty when the sources compiled cleanly
   */
  static List<String> compile(Path dir, List<Path> files) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(new StringWriter(), manager, diagnostics,
          List.of("-d", classes.toString(), "-Xlint:all", "-Xlint:-deprecation", "-Werror", "--release", "17",
              "-encoding", "US-ASCII", "-implicit:none"),
          null, manager.getJavaFileObjectsFromPaths(files)).call();
      List<String> problems = render(diagnostics);
      if (!ok && problems.isEmpty()) {
        problems.add("javac failed without a diagnostic");
      }
      return problems;
    }
  }

  /**
   * Runs javadoc with {@code -Xdoclint:all} over the sources into {@code dir/javadoc}.
   *
   * @return the errors and warnings, rendered; empty when doclint accepted everything
   */
  static List<String> javadoc(Path dir, List<Path> files) throws IOException {
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = javadoc.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok = javadoc.getTask(new StringWriter(), manager, diagnostics, null,
          List.of("-d", dir.resolve("javadoc").toString(), "-Xdoclint:all", "-quiet", "--release", "17",
              "-encoding", "US-ASCII", "-noindex", "-notree", "-nohelp", "-nodeprecatedlist", "-nonavbar"),
          manager.getJavaFileObjectsFromPaths(files)).call();
      List<String> problems = render(diagnostics);
      if (!ok && problems.isEmpty()) {
        problems.add("javadoc failed without a diagnostic");
      }
      return problems;
    }
  }

  /** A class loader over {@code dir/classes}. */
  static ClassLoader loader(Path dir) throws IOException {
    return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, JavaTools.class.getClassLoader());
  }

  private static List<String> render(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING
          || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        problems.add(diagnostic.getKind() + " " + (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName())
            + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(null));
      }
    }
    return problems;
  }
}
