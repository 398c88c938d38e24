package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.smtpstatus.codegen.model.SubCode;
import io.github.smtpstatus.codegen.model.TableProvenance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * The shape shared by {@code StatusClass} and {@code StatusSubject}: one constant per row of a
 * sub-code table, with number, code, sample text, description, references, submitter and change
 * controller (held in {@link ChunkedRows}), and lookup by number through an array.
 */
final class SubCodeEnumGenerator {

  private static final ClassName STRING = ClassName.get(String.class);

  /** The per-constant data: number, code, sample text, description, references, submitter, change controller. */
  private static final Function<GeneratedTypes, List<ChunkedRows.Column>> COLUMNS = types -> List.of(
      new ChunkedRows.Column(TypeName.INT, "NUMBER", "number"),
      new ChunkedRows.Column(STRING, "CODE", "code"),
      new ChunkedRows.Column(STRING, "SAMPLE_TEXT", "sampleText"),
      new ChunkedRows.Column(STRING, "DESCRIPTION", "description"),
      new ChunkedRows.Column(ArrayTypeName.of(types.registryReference()), "REFERENCES", "references"),
      new ChunkedRows.Column(STRING, "SUBMITTER", "submitter"),
      new ChunkedRows.Column(STRING, "CHANGE_CONTROLLER", "changeController"));

  private SubCodeEnumGenerator() {}

  /** The data of one constant, with upper bounds of its bytecode and constant pool entries. */
  static ChunkedRows.Row row(GeneratedTypes types, SubCode row, String name) {
    return new ChunkedRows.Row(row.code() + " " + name,
        List.of(CodeBlock.of("$L", row.number()), Snippets.literal(row.code()), Snippets.literal(row.sampleText()),
            Snippets.literal(row.description()), Snippets.references(types, row.references()),
            Snippets.literal(row.submitter()), Snippets.literal(row.changeController())),
        8 * ChunkedRows.INSTRUCTION + Snippets.referencesBytes(row.references()),
        12 + Snippets.referencesConstants(row.references()));
  }

  /**
   * Builds the enum.
   *
   * @param numberName what the number is called in Javadoc ("class digit", "subject number")
   */
  static JavaFile generate(GenerationModel model, ClassName type, String typeJavadoc, String numberName,
      List<SubCode> rows, IntFunction<String> constantName, TableProvenance provenance) {
    GeneratedTypes types = model.types();
    TypeName references = Snippets.listOf(types.registryReference());
    TypeSpec.Builder spec = TypeSpec.enumBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L", typeJavadoc);

    List<ChunkedRows.Row> data = new ArrayList<>();
    for (SubCode row : rows) {
      spec.addEnumConstant(constantName.apply(row.number()), TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L", Snippets.rowJavadoc(row.code(), row.sampleText(), row.description(), "", row.submitter(),
              row.changeController()) + "\n" + Snippets.seeTags(row.references()))
          .build());
      data.add(row(types, row, constantName.apply(row.number())));
    }
    spec.addTypes(ChunkedRows.types(type, COLUMNS.apply(types), data));

    spec.addField(FieldSpec.builder(ArrayTypeName.of(type), "BY_NUMBER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The constants by number, null where the registry has none.\n")
            .initializer("byNumber()")
            .build())
        .addField(Snippets.field(TypeName.INT, "number"))
        .addField(Snippets.field(STRING, "code"))
        .addField(Snippets.field(STRING, "sampleText"))
        .addField(Snippets.field(STRING, "description"))
        .addField(Snippets.field(references, "references"))
        .addField(Snippets.field(STRING, "submitter"))
        .addField(Snippets.field(STRING, "changeController"))
        .addField(Snippets.field(Snippets.optionalOf(type), "self"));

    ClassName data0 = type.nestedClass("Rows");
    spec.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("Takes the constant's data from {@link Rows}.\n")
        .addStatement("int row = ordinal()")
        .addStatement("this.number = $T.NUMBER[row]", data0)
        .addStatement("this.code = $T.CODE[row]", data0)
        .addStatement("this.sampleText = $T.SAMPLE_TEXT[row]", data0)
        .addStatement("this.description = $T.DESCRIPTION[row]", data0)
        .addStatement("this.references = $T.of($T.REFERENCES[row])", Snippets.LIST, data0)
        .addStatement("this.submitter = $T.SUBMITTER[row]", data0)
        .addStatement("this.changeController = $T.CHANGE_CONTROLLER[row]", data0)
        .addStatement("this.self = $T.of(this)", Snippets.OPTIONAL)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("byNumber")
        .addJavadoc("{@return the constants by number}\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(type))
        .addStatement("$T[] byNumber = new $T[$L]", type, type, rows.get(rows.size() - 1).number() + 1)
        .beginControlFlow("for ($T constant : values())", type)
        .addStatement("byNumber[constant.number] = constant")
        .endControlFlow()
        .addStatement("return byNumber")
        .build());

    spec.addMethod(Snippets.getter(TypeName.INT, "number", "the " + numberName + ", as in the code"))
        .addMethod(Snippets.getter(STRING, "code",
            "the code as the registry writes it, such as {@code " + JavaText.javadoc(rows.get(0).code()) + "}"))
        .addMethod(Snippets.getter(STRING, "sampleText", "the registry's sample text"))
        .addMethod(Snippets.getter(STRING, "description", "the registry's description"))
        .addMethod(Snippets.getter(references, "references", "the documents the registry cites for this entry"))
        .addMethod(Snippets.getter(STRING, "submitter", "who submitted the entry"))
        .addMethod(Snippets.getter(STRING, "changeController", "who controls changes to the entry"));

    spec.addMethod(MethodSpec.methodBuilder("find")
        .addJavadoc("The constant for a $L, or empty if the registry has none: one array read, no allocation.\n\n"
            + "@param number the $L\n@return the constant, or empty\n", numberName, numberName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Snippets.optionalOf(type))
        .addParameter(TypeName.INT, "number")
        .beginControlFlow("if (number >= 0 && number < BY_NUMBER.length)")
        .addStatement("$T found = BY_NUMBER[number]", type)
        .beginControlFlow("if (found != null)")
        .addStatement("return found.self")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Snippets.OPTIONAL)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("The constant for a $L.\n\n@param number the $L\n@return the constant\n"
            + "@throws IllegalArgumentException if the registry has none\n", numberName, numberName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(TypeName.INT, "number")
        .addStatement("$T found = find(number)", Snippets.optionalOf(type))
        .beginControlFlow("if (found.isEmpty())")
        .addStatement("throw new $T($S + number)", IllegalArgumentException.class,
            "Not a registered " + numberName + ": ")
        .endControlFlow()
        .addStatement("return found.get()")
        .build());

    return JavaFile.builder(types.packageName(), spec.build())
        .addFileComment("$L", Snippets.fileComment(List.of(provenance)))
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }
}
