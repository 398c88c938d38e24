package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.smtpstatus.codegen.model.AssociatedReplyCodes;
import io.github.smtpstatus.codegen.model.CodeKey;
import io.github.smtpstatus.codegen.model.EnumeratedCode;
import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code EnhancedStatusCode}: one constant per row of the enumerated table, class-independent
 * (IANA writes {@code X.1.1}), named by the pinned names, sorted by subject and detail.
 */
public final class EnhancedStatusCodeGenerator {

  private static final ClassName STRING = ClassName.get(String.class);

  private EnhancedStatusCodeGenerator() {}

  /**
   * {@return the {@code EnhancedStatusCode} source for a model}
   *
   * @param model the registry, its constant names and the target package
   */
  public static JavaFile generate(GenerationModel model) {
    GeneratedTypes types = model.types();
    Registry registry = model.registry();
    ClassName type = types.enhancedStatusCode();
    TypeName references = Snippets.listOf(types.registryReference());

    TypeSpec.Builder spec = TypeSpec.enumBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L", typeJavadoc(registry));

    for (EnumeratedCode row : registry.codes()) {
      spec.addEnumConstant(model.names().ofCode(row.key()), constant(model, row));
    }

    spec.addField(Snippets.field(TypeName.INT, "subject"))
        .addField(Snippets.field(TypeName.INT, "detail"))
        .addField(Snippets.field(STRING, "code"))
        .addField(Snippets.field(STRING, "sampleText"))
        .addField(Snippets.field(STRING, "description"))
        .addField(Snippets.field(types.associatedReplyCodes(), "associatedReplyCodes"))
        .addField(Snippets.field(references, "references"))
        .addField(Snippets.field(STRING, "submitter"))
        .addField(Snippets.field(STRING, "changeController"))
        .addField(Snippets.field(TypeName.BOOLEAN, "deprecated"))
        .addField(Snippets.field(TypeName.INT, "replacementSubject"))
        .addField(Snippets.field(TypeName.INT, "replacementDetail"))
        .addField(Snippets.field(Snippets.optionalOf(type), "self"));

    spec.addMethod(MethodSpec.constructorBuilder()
        .addParameter(TypeName.INT, "subject")
        .addParameter(TypeName.INT, "detail")
        .addParameter(STRING, "sampleText")
        .addParameter(STRING, "description")
        .addParameter(types.associatedReplyCodes(), "associatedReplyCodes")
        .addParameter(references, "references")
        .addParameter(STRING, "submitter")
        .addParameter(STRING, "changeController")
        .addParameter(TypeName.BOOLEAN, "deprecated")
        .addParameter(TypeName.INT, "replacementSubject")
        .addParameter(TypeName.INT, "replacementDetail")
        .addStatement("this.subject = subject")
        .addStatement("this.detail = detail")
        .addStatement("this.code = $S + subject + $S + detail", "X.", ".")
        .addStatement("this.sampleText = sampleText")
        .addStatement("this.description = description")
        .addStatement("this.associatedReplyCodes = associatedReplyCodes")
        .addStatement("this.references = references")
        .addStatement("this.submitter = submitter")
        .addStatement("this.changeController = changeController")
        .addStatement("this.deprecated = deprecated")
        .addStatement("this.replacementSubject = replacementSubject")
        .addStatement("this.replacementDetail = replacementDetail")
        .addStatement("this.self = $T.of(this)", Snippets.OPTIONAL)
        .build());

    spec.addMethod(Snippets.getter(TypeName.INT, "subject", "The subject number: 1 in {@code X.1.1}.\n"))
        .addMethod(Snippets.getter(TypeName.INT, "detail", "The detail number: 10 in {@code X.1.10}.\n"))
        .addMethod(MethodSpec.methodBuilder("statusSubject")
            .addJavadoc("The subject: {@code $T.ADDRESSING_STATUS} for {@code X.1.1} in today's registry.\n",
                types.statusSubject())
            .addModifiers(Modifier.PUBLIC)
            .returns(types.statusSubject())
            .addStatement("return $T.lookup(subject)", types.statusSubject())
            .build())
        .addMethod(Snippets.getter(STRING, "code",
            "The class-independent code as the registry writes it: {@code X.1.1}.\n"))
        .addMethod(MethodSpec.methodBuilder("code")
            .addJavadoc("The code in a class, as servers send it: {@code 5.1.1} for {@code PERMANENT_FAILURE}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addParameter(types.statusClass(), "statusClass")
            .addStatement("return statusClass.number() + code.substring(1)")
            .build())
        .addMethod(Snippets.getter(STRING, "sampleText",
            "The registry's sample text; empty only for some deprecated codes.\n"))
        .addMethod(Snippets.getter(STRING, "description", "The registry's description.\n"))
        .addMethod(Snippets.getter(types.associatedReplyCodes(), "associatedReplyCodes",
            "The SMTP reply codes the registry associates with this code (\"Associated basic status code\").\n"))
        .addMethod(Snippets.getter(references, "references", "The documents the registry cites for this code.\n"))
        .addMethod(Snippets.getter(STRING, "submitter", "Who submitted the code; may be empty.\n"))
        .addMethod(Snippets.getter(STRING, "changeController",
            "Who controls changes to the code; may be empty.\n"))
        .addMethod(MethodSpec.methodBuilder("isDeprecated")
            .addJavadoc("Whether the registry deprecates this code.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return deprecated")
            .build())
        .addMethod(MethodSpec.methodBuilder("replacement")
            .addJavadoc("The code to use instead of this deprecated one, when the registry names one.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(Snippets.optionalOf(type))
            .addStatement("return replacementSubject < 0 ? $T.empty() : find(replacementSubject, replacementDetail)",
                Snippets.OPTIONAL)
            .build());

    spec.addMethod(MethodSpec.methodBuilder("find")
        .addJavadoc("The registered code {@code X.subject.detail}, or empty; allocates nothing.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Snippets.optionalOf(type))
        .addParameter(TypeName.INT, "subject")
        .addParameter(TypeName.INT, "detail")
        .addStatement("$T found = lookup(subject, detail)", type)
        .addStatement("return found == null ? $T.empty() : found.self", Snippets.OPTIONAL)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("The registered code {@code X.subject.detail}.\n\n"
            + "@throws IllegalArgumentException if the registry has no such code\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(TypeName.INT, "subject")
        .addParameter(TypeName.INT, "detail")
        .addStatement("$T found = lookup(subject, detail)", type)
        .beginControlFlow("if (found == null)")
        .addStatement("throw new $T($S + subject + $S + detail + $S)", IllegalArgumentException.class,
            "X.", ".", " is not a registered enhanced status code")
        .endControlFlow()
        .addStatement("return found")
        .build());

    spec.addMethod(MethodSpec.methodBuilder("lookup")
        .addJavadoc("The registered code {@code X.subject.detail}, or {@code null}: nested {@code switch}es,\n"
            + "no scan of {@code values()}, no allocation.\n")
        .addModifiers(Modifier.STATIC)
        .returns(type)
        .addParameter(TypeName.INT, "subject")
        .addParameter(TypeName.INT, "detail")
        .addCode(lookupSwitch(model))
        .build());

    return JavaFile.builder(types.packageName(), spec.build())
        .addFileComment("$L", Snippets.fileComment(List.of(registry.enumeratedProvenance())))
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static TypeSpec constant(GenerationModel model, EnumeratedCode row) {
    CodeKey replacement = row.replacement().orElse(null);
    CodeBlock arguments = Snippets.arguments(
        CodeBlock.of("$L, $L", row.key().subject(), row.key().detail()),
        Snippets.literal(row.sampleText()),
        Snippets.literal(row.description()),
        replyCodes(model.types(), row.replyCodes()),
        Snippets.references(model.types(), row.references()),
        Snippets.literal(row.submitter()),
        Snippets.literal(row.changeController()),
        CodeBlock.of("$L, $L, $L", row.deprecated(), replacement == null ? -1 : replacement.subject(),
            replacement == null ? -1 : replacement.detail()));
    TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder(arguments)
        .addJavadoc("$L", constantJavadoc(model, row));
    if (row.deprecated()) {
      constant.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
    }
    return constant.build();
  }

  private static CodeBlock replyCodes(GeneratedTypes types, AssociatedReplyCodes codes) {
    return switch (codes.kind()) {
      case ANY -> CodeBlock.of("$T.any($L)", types.associatedReplyCodes(), JavaText.literal(codes.text()));
      case NOT_GIVEN -> CodeBlock.of("$T.notGiven($L)", types.associatedReplyCodes(), JavaText.literal(codes.text()));
      case LISTED -> CodeBlock.of("$T.listed($L, new int[] {$L}, new int[] {$L})", types.associatedReplyCodes(),
          JavaText.literal(codes.text()), join(codes.replyCodes()), join(codes.replyClasses()));
    };
  }

  private static String join(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String constantJavadoc(GenerationModel model, EnumeratedCode row) {
    StringBuilder doc = new StringBuilder(Snippets.rowJavadoc(row.code(), row.sampleText(), row.description(),
        JavaText.wrap(associatedJavadoc(row.replyCodes())), row.submitter(), row.changeController()));
    doc.append('\n').append(Snippets.seeTags(row.references()));
    if (row.deprecated()) {
      doc.append("\n@deprecated ").append(JavaText.paragraph(
          row.description().isEmpty() ? "The registry deprecates this code." : row.description()));
      row.replacement().ifPresent(replacement ->
          doc.append("\n    Use {@link #").append(model.names().ofCode(replacement)).append("} instead."));
    }
    return doc.toString();
  }

  private static String associatedJavadoc(AssociatedReplyCodes codes) {
    return switch (codes.kind()) {
      case ANY -> "Associated basic status codes: any.";
      case NOT_GIVEN -> codes.text().isEmpty() || codes.text().equalsIgnoreCase("Not given")
          ? "Associated basic status codes: not given."
          : "Associated basic status codes: not given (the registry writes {@code " + JavaText.javadoc(codes.text())
              + "}).";
      case LISTED -> "Associated basic status codes: " + JavaText.javadoc(codes.text()) + ".";
    };
  }

  private static CodeBlock lookupSwitch(GenerationModel model) {
    Map<Integer, List<EnumeratedCode>> bySubject = new LinkedHashMap<>();
    for (EnumeratedCode row : model.registry().codes()) {
      bySubject.computeIfAbsent(row.key().subject(), subject -> new ArrayList<>()).add(row);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("return switch (subject) {\n$>");
    for (Map.Entry<Integer, List<EnumeratedCode>> subject : bySubject.entrySet()) {
      code.add("case $L -> switch (detail) {\n$>", subject.getKey());
      for (EnumeratedCode row : subject.getValue()) {
        code.add("case $L -> $N;\n", row.key().detail(), model.names().ofCode(row.key()));
      }
      code.add("default -> null;\n$<};\n");
    }
    code.add("default -> null;\n$<};\n");
    return code.build();
  }

  private static String typeJavadoc(Registry registry) {
    return "An enumerated status code of IANA's SMTP Enhanced Status Codes registry (RFC 3463, RFC 5248):\n"
        + "subject and detail, class-independent as the registry writes them ({@code X.1.1}).\n\n"
        + "<p>One constant per registry row, " + registry.codes().size() + " in all, named from the sample text\n"
        + "and pinned so that a later change of the text never renames a constant. Lookups by subject and\n"
        + "detail use a generated {@code switch}: no scan, no allocation.\n\n"
        + Snippets.sourceParagraph(TableKind.ENUMERATED) + "\n\n"
        + "@see <a href=\"https://www.rfc-editor.org/rfc/rfc3463\">RFC 3463</a>\n"
        + "@see <a href=\"https://www.rfc-editor.org/rfc/rfc5248\">RFC 5248</a>\n"
        + "@see <a href=\"https://www.iana.org/assignments/smtp-enhanced-status-codes/\">IANA registry</a>\n";
  }
}
