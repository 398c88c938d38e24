package io.github.smtpstatus.codegen.rules.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.smtpstatus.codegen.generate.JavaText;
import io.github.smtpstatus.codegen.rules.compile.TableEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates the class that holds a compiled rule set: a {@code classifier()} built once from the
 * tables, which are string constants (every input string escaped by {@link JavaText#literal}, so the
 * source is pure ASCII). The string pool is filled by methods of at most {@value #STRINGS_PER_METHOD}
 * assignments each and the integer stream is cut into chunks, so that no method or constant reaches
 * the class file's 64 KiB limits however large the rule set. A pure function: same input, same bytes.
 */
public final class RulesClassGenerator {

  /** Assignments per string-pool method: about 8 bytes of bytecode each, far below the 64 KiB method limit. */
  static final int STRINGS_PER_METHOD = 1000;

  private static final ClassName CLASSIFIER = ClassName.get("io.github.smtpstatus.classify", "Classifier");
  private static final ArrayTypeName STRINGS = ArrayTypeName.of(String.class);

  /**
   * One input file of the rule set, for the generated comments.
   *
   * @param name the file as messages name it
   * @param sha256 the SHA-256 of its bytes
   * @param rules its number of rules
   */
  public record InputSummary(String name, String sha256, int rules) {
    /**
     * Rejects a null name or digest.
     *
     * @param name the file as messages name it
     * @param sha256 the SHA-256 of its bytes
     * @param rules its number of rules
     * @throws NullPointerException if {@code name} or {@code sha256} is {@code null}
     */
    public InputSummary {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(sha256, "sha256 == null");
    }
  }

  private RulesClassGenerator() {}

  /**
   * {@return the source of {@code packageName.className}}
   *
   * @param packageName the package of the class, already checked to be a valid one
   * @param className the simple name of the class
   * @param inputs the rules files, in the order their rules are tried, for the class and file comments
   * @param tables the compiled rule set
   */
  public static JavaFile generate(String packageName, String className, List<InputSummary> inputs,
      TableEncoder.Tables tables) {
    ClassName type = ClassName.get(packageName, className);
    StringBuilder files = new StringBuilder();
    for (InputSummary input : inputs) {
      files.append("\n<li>").append(safe(input.name())).append(": ").append(input.rules()).append(" rules");
    }
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Classification rules compiled by the smtp-status codegen-maven-plugin: $L rules, $L phrases, "
            + "tried in this order\n(the first rule whose conditions all hold decides):\n\n<ol>$L\n</ol>\n",
            tables.rules(), tables.phrases(), files)
        .addField(FieldSpec.builder(CLASSIFIER, "CLASSIFIER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.ofTables(strings(), tables())", CLASSIFIER)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("classifier")
            .addJavadoc("The classifier of these rules, built once when this class loads.\n\n"
                + "@return the classifier of these rules; the same instance on every call\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(CLASSIFIER)
            .addStatement("return CLASSIFIER")
            .build());

    List<String> strings = tables.strings();
    MethodSpec.Builder pool = MethodSpec.methodBuilder("strings")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STRINGS)
        .addStatement("$T strings = new $T[$L]", STRINGS, String.class, strings.size());
    for (int part = 0; part * STRINGS_PER_METHOD < strings.size(); part++) {
      String name = "strings" + part;
      pool.addStatement("$N(strings)", name);
      MethodSpec.Builder fill = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(STRINGS, "strings");
      for (int i = part * STRINGS_PER_METHOD; i < Math.min(strings.size(), (part + 1) * STRINGS_PER_METHOD); i++) {
        fill.addStatement("strings[$L] = $L", i, JavaText.literal(strings.get(i)));
      }
      spec.addMethod(fill.build());
    }
    spec.addMethod(pool.addStatement("return strings").build());

    List<CodeBlock> chunks = new ArrayList<>();
    for (String chunk : tables.chunks()) {
      chunks.add(CodeBlock.of("$L", JavaText.literal(chunk)));
    }
    spec.addMethod(MethodSpec.methodBuilder("tables")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STRINGS)
        .addStatement("return new $T[] {\n$L}", String.class, CodeBlock.join(chunks, ",\n"))
        .build());

    StringBuilder comment = new StringBuilder(
        "Generated by the smtp-status codegen-maven-plugin from classification rules files.\n"
            + "Do not edit: change the rules and regenerate instead.\n");
    for (InputSummary input : inputs) {
      comment.append("\n").append(safe(input.name())).append(": ").append(input.rules()).append(" rules, SHA-256 ")
          .append(safe(input.sha256()));
    }
    return JavaFile.builder(packageName, spec.build())
        .addFileComment("$L", comment.toString())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  /**
   * A file name made safe for a comment: characters other than ASCII letters, digits and
   * {@code . _ - /} become {@code _}, so no name can end a comment or form an escape.
   */
  static String safe(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".-_".indexOf(c) >= 0;
      out.append(plain || (c == '/' && (i == 0 || name.charAt(i - 1) != '*')) ? c : '_');
    }
    return out.toString();
  }
}
