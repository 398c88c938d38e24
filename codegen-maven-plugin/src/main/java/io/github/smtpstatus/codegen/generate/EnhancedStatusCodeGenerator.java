package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
import java.util.List;
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

    List<ChunkedRows.Row> data = new ArrayList<>();
    for (EnumeratedCode row : registry.codes()) {
      spec.addEnumConstant(model.names().ofCode(row.key()), constant(model, row));
      data.add(row(model, row));
    }
    spec.addTypes(ChunkedRows.types(type, columns(types), data));

    spec.addField(FieldSpec.builder(ArrayTypeName.of(ArrayTypeName.of(type)), "BY_SUBJECT",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The constants by subject, then by detail, null where the registry has none.\n")
            .initializer("bySubject()")
            .build())
        .addField(Snippets.field(TypeName.INT, "subject"))
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

    ClassName rows = type.nestedClass("Rows");
    spec.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("Takes the constant's data from {@link Rows}.\n")
        .addStatement("int row = ordinal()")
        .addStatement("this.subject = $T.SUBJECT[row]", rows)
        .addStatement("this.detail = $T.DETAIL[row]", rows)
        .addStatement("this.code = $S + subject + $S + detail", "X.", ".")
        .addStatement("this.sampleText = $T.SAMPLE_TEXT[row]", rows)
        .addStatement("this.description = $T.DESCRIPTION[row]", rows)
        .addStatement("this.associatedReplyCodes = $T.ASSOCIATED_REPLY_CODES[row]", rows)
        .addStatement("this.references = $T.of($T.REFERENCES[row])", Snippets.LIST, rows)
        .addStatement("this.submitter = $T.SUBMITTER[row]", rows)
        .addStatement("this.changeController = $T.CHANGE_CONTROLLER[row]", rows)
        .addStatement("this.deprecated = $T.DEPRECATED[row]", rows)
        .addStatement("this.replacementSubject = $T.REPLACEMENT_SUBJECT[row]", rows)
        .addStatement("this.replacementDetail = $T.REPLACEMENT_DETAIL[row]", rows)
        .addStatement("this.self = $T.of(this)", Snippets.OPTIONAL)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("bySubject")
        .addJavadoc("{@return the constants by subject, then by detail}\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(ArrayTypeName.of(type)))
        .addStatement("int[] details = new int[$L]", registry.codes().get(registry.codes().size() - 1).key().subject() + 1)
        .beginControlFlow("for ($T constant : values())", type)
        .addStatement("details[constant.subject] = Math.max(details[constant.subject], constant.detail + 1)")
        .endControlFlow()
        .addStatement("$T[][] bySubject = new $T[details.length][]", type, type)
        .beginControlFlow("for (int subject = 0; subject < details.length; subject++)")
        .addStatement("bySubject[subject] = new $T[details[subject]]", type)
        .endControlFlow()
        .beginControlFlow("for ($T constant : values())", type)
        .addStatement("bySubject[constant.subject][constant.detail] = constant")
        .endControlFlow()
        .addStatement("return bySubject")
        .build());

    spec.addMethod(Snippets.getter(TypeName.INT, "subject", "the subject number: 1 in {@code X.1.1}"))
        .addMethod(Snippets.getter(TypeName.INT, "detail", "the detail number: 10 in {@code X.1.10}"))
        .addMethod(MethodSpec.methodBuilder("statusSubject")
            .addJavadoc("{@return the subject: {@code $T.ADDRESSING_STATUS} for {@code X.1.1} in today's registry}\n",
                types.statusSubject())
            .addModifiers(Modifier.PUBLIC)
            .returns(types.statusSubject())
            .addStatement("return $T.of(subject)", types.statusSubject())
            .build())
        .addMethod(Snippets.getter(STRING, "code",
            "the class-independent code as the registry writes it: {@code X.1.1}"))
        .addMethod(MethodSpec.methodBuilder("code")
            .addJavadoc("The code in a class, as servers send it: {@code 5.1.1} for {@code PERMANENT_FAILURE}.\n\n"
                + "@param statusClass the class\n@return the code in that class\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addParameter(types.statusClass(), "statusClass")
            .addStatement("return statusClass.number() + code.substring(1)")
            .build())
        .addMethod(Snippets.getter(STRING, "sampleText",
            "the registry's sample text; empty only for some deprecated codes"))
        .addMethod(Snippets.getter(STRING, "description", "the registry's description"))
        .addMethod(Snippets.getter(types.associatedReplyCodes(), "associatedReplyCodes",
            "the SMTP reply codes the registry associates with this code (\"Associated basic status code\")"))
        .addMethod(Snippets.getter(references, "references", "the documents the registry cites for this code"))
        .addMethod(Snippets.getter(STRING, "submitter", "who submitted the code; may be empty"))
        .addMethod(Snippets.getter(STRING, "changeController",
            "who controls changes to the code; may be empty"))
        .addMethod(MethodSpec.methodBuilder("isDeprecated")
            .addJavadoc("{@return whether the registry deprecates this code}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return deprecated")
            .build())
        .addMethod(MethodSpec.methodBuilder("replacement")
            .addJavadoc("{@return the code to use instead of this deprecated one, when the registry names one}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(Snippets.optionalOf(type))
            .addStatement("return replacementSubject < 0 ? $T.empty() : find(replacementSubject, replacementDetail)",
                Snippets.OPTIONAL)
            .build());

    spec.addMethod(MethodSpec.methodBuilder("find")
        .addJavadoc("The registered code {@code X.subject.detail}, or empty: two array reads, no allocation.\n\n"
            + "@param subject the subject number\n@param detail the detail number\n@return the code, or empty\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Snippets.optionalOf(type))
        .addParameter(TypeName.INT, "subject")
        .addParameter(TypeName.INT, "detail")
        .beginControlFlow("if (subject >= 0 && subject < BY_SUBJECT.length)")
        .addStatement("$T[] details = BY_SUBJECT[subject]", type)
        .beginControlFlow("if (detail >= 0 && detail < details.length && details[detail] != null)")
        .addStatement("return details[detail].self")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Snippets.OPTIONAL)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("The registered code {@code X.subject.detail}.\n\n"
            + "@param subject the subject number\n@param detail the detail number\n@return the code\n"
            + "@throws IllegalArgumentException if the registry has no such code\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(TypeName.INT, "subject")
        .addParameter(TypeName.INT, "detail")
        .addStatement("$T found = find(subject, detail)", Snippets.optionalOf(type))
        .beginControlFlow("if (found.isEmpty())")
        .addStatement("throw new $T($S + subject + $S + detail + $S)", IllegalArgumentException.class,
            "X.", ".", " is not a registered enhanced status code")
        .endControlFlow()
        .addStatement("return found.get()")
        .build());

    return JavaFile.builder(types.packageName(), spec.build())
        .addFileComment("$L", Snippets.fileComment(List.of(registry.enumeratedProvenance())))
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static TypeSpec constant(GenerationModel model, EnumeratedCode row) {
    TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("")
        .addJavadoc("$L", constantJavadoc(model, row));
    if (row.deprecated()) {
      constant.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
    }
    return constant.build();
  }

  /** The per-constant data, in the order of {@link #columns}. */
  private static List<ChunkedRows.Column> columns(GeneratedTypes types) {
    return List.of(
        new ChunkedRows.Column(TypeName.INT, "SUBJECT", "subject"),
        new ChunkedRows.Column(TypeName.INT, "DETAIL", "detail"),
        new ChunkedRows.Column(STRING, "SAMPLE_TEXT", "sampleText"),
        new ChunkedRows.Column(STRING, "DESCRIPTION", "description"),
        new ChunkedRows.Column(types.associatedReplyCodes(), "ASSOCIATED_REPLY_CODES", "associatedReplyCodes"),
        new ChunkedRows.Column(ArrayTypeName.of(types.registryReference()), "REFERENCES", "references"),
        new ChunkedRows.Column(STRING, "SUBMITTER", "submitter"),
        new ChunkedRows.Column(STRING, "CHANGE_CONTROLLER", "changeController"),
        new ChunkedRows.Column(TypeName.BOOLEAN, "DEPRECATED", "deprecated"),
        new ChunkedRows.Column(TypeName.INT, "REPLACEMENT_SUBJECT", "replacementSubject"),
        new ChunkedRows.Column(TypeName.INT, "REPLACEMENT_DETAIL", "replacementDetail"));
  }

  /** The data of one constant, with upper bounds of its bytecode and constant pool entries. */
  static ChunkedRows.Row row(GenerationModel model, EnumeratedCode row) {
    CodeKey replacement = row.replacement().orElse(null);
    AssociatedReplyCodes codes = row.replyCodes();
    List<CodeBlock> values = List.of(
        CodeBlock.of("$L, $L", row.key().subject(), row.key().detail()),
        Snippets.literal(row.sampleText()),
        Snippets.literal(row.description()),
        replyCodes(model.types(), codes),
        Snippets.references(model.types(), row.references()),
        Snippets.literal(row.submitter()),
        Snippets.literal(row.changeController()),
        CodeBlock.of("$L, $L, $L", row.deprecated(), replacement == null ? -1 : replacement.subject(),
            replacement == null ? -1 : replacement.detail()));
    int bytes = 16 * ChunkedRows.INSTRUCTION + ChunkedRows.intArrayBytes(codes.replyCodes().size())
        + ChunkedRows.intArrayBytes(codes.replyClasses().size()) + Snippets.referencesBytes(row.references());
    int constants = 16 + Snippets.referencesConstants(row.references());
    return new ChunkedRows.Row(row.code() + " " + model.names().ofCode(row.key()), values, bytes, constants);
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
          : "Associated basic status codes: not given (the registry writes <code>" + JavaText.javadoc(codes.text())
              + "</code>).";
      case LISTED -> "Associated basic status codes: " + JavaText.javadoc(codes.text()) + ".";
    };
  }

  private static String typeJavadoc(Registry registry) {
    return "An enumerated status code of IANA's SMTP Enhanced Status Codes registry (RFC 3463, RFC 5248):\n"
        + "subject and detail, class-independent as the registry writes them ({@code X.1.1}).\n\n"
        + "<p>One constant per registry row, " + registry.codes().size() + " in all, named from the sample text\n"
        + "and pinned so that a later change of the text never renames a constant. Lookups by subject and\n"
        + "detail read a table built once: no scan, no allocation.\n\n"
        + Snippets.sourceParagraph(TableKind.ENUMERATED) + "\n\n"
        + "@see <a href=\"https://www.rfc-editor.org/rfc/rfc3463\">RFC 3463</a>\n"
        + "@see <a href=\"https://www.rfc-editor.org/rfc/rfc5248\">RFC 5248</a>\n"
        + "@see <a href=\"https://www.iana.org/assignments/smtp-enhanced-status-codes/\">IANA registry</a>\n";
  }
}
