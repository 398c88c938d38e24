package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.smtpstatus.codegen.model.SubCode;
import io.github.smtpstatus.codegen.model.TableProvenance;
import java.util.List;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * The shape shared by {@code StatusClass} and {@code StatusSubject}: one constant per row of a
 * sub-code table, with number, code, sample text, description, references, submitter and change
 * controller, and lookup by number through a generated {@code switch}.
 */
final class SubCodeEnumGenerator {

  private SubCodeEnumGenerator() {}

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

    for (SubCode row : rows) {
      CodeBlock arguments = Snippets.arguments(CodeBlock.of("$L", row.number()), Snippets.literal(row.code()),
          Snippets.literal(row.sampleText()), Snippets.literal(row.description()),
          Snippets.references(types, row.references()), Snippets.literal(row.submitter()),
          Snippets.literal(row.changeController()));
      spec.addEnumConstant(constantName.apply(row.number()), TypeSpec.anonymousClassBuilder(arguments)
          .addJavadoc("$L", Snippets.rowJavadoc(row.code(), row.sampleText(), row.description(), "", row.submitter(),
              row.changeController()) + "\n" + Snippets.seeTags(row.references()))
          .build());
    }

    spec.addField(Snippets.field(TypeName.INT, "number"))
        .addField(Snippets.field(ClassName.get(String.class), "code"))
        .addField(Snippets.field(ClassName.get(String.class), "sampleText"))
        .addField(Snippets.field(ClassName.get(String.class), "description"))
        .addField(Snippets.field(references, "references"))
        .addField(Snippets.field(ClassName.get(String.class), "submitter"))
        .addField(Snippets.field(ClassName.get(String.class), "changeController"))
        .addField(Snippets.field(Snippets.optionalOf(type), "self"));

    spec.addMethod(MethodSpec.constructorBuilder()
        .addParameter(TypeName.INT, "number")
        .addParameter(String.class, "code")
        .addParameter(String.class, "sampleText")
        .addParameter(String.class, "description")
        .addParameter(references, "references")
        .addParameter(String.class, "submitter")
        .addParameter(String.class, "changeController")
        .addStatement("this.number = number")
        .addStatement("this.code = code")
        .addStatement("this.sampleText = sampleText")
        .addStatement("this.description = description")
        .addStatement("this.references = references")
        .addStatement("this.submitter = submitter")
        .addStatement("this.changeController = changeController")
        .addStatement("this.self = $T.of(this)", Snippets.OPTIONAL)
        .build());

    spec.addMethod(Snippets.getter(TypeName.INT, "number", "The " + numberName + ", as in the code.\n"))
        .addMethod(Snippets.getter(ClassName.get(String.class), "code",
            "The code as the registry writes it, such as {@code " + JavaText.javadoc(rows.get(0).code()) + "}.\n"))
        .addMethod(Snippets.getter(ClassName.get(String.class), "sampleText", "The registry's sample text.\n"))
        .addMethod(Snippets.getter(ClassName.get(String.class), "description", "The registry's description.\n"))
        .addMethod(Snippets.getter(references, "references", "The documents the registry cites for this entry.\n"))
        .addMethod(Snippets.getter(ClassName.get(String.class), "submitter", "Who submitted the entry.\n"))
        .addMethod(Snippets.getter(ClassName.get(String.class), "changeController",
            "Who controls changes to the entry.\n"));

    spec.addMethod(MethodSpec.methodBuilder("find")
        .addJavadoc("The constant for a $L, or empty if the registry has none; allocates nothing.\n", numberName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Snippets.optionalOf(type))
        .addParameter(TypeName.INT, "number")
        .addStatement("$T found = lookup(number)", type)
        .addStatement("return found == null ? $T.empty() : found.self", Snippets.OPTIONAL)
        .build());

    spec.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("The constant for a $L.\n\n@throws IllegalArgumentException if the registry has none\n",
            numberName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(TypeName.INT, "number")
        .addStatement("$T found = lookup(number)", type)
        .beginControlFlow("if (found == null)")
        .addStatement("throw new $T($S + number)", IllegalArgumentException.class,
            "Not a registered " + numberName + ": ")
        .endControlFlow()
        .addStatement("return found")
        .build());

    CodeBlock.Builder lookup = CodeBlock.builder().add("return switch (number) {\n$>");
    for (SubCode row : rows) {
      lookup.add("case $L -> $N;\n", row.number(), constantName.apply(row.number()));
    }
    lookup.add("default -> null;\n$<};\n");
    spec.addMethod(MethodSpec.methodBuilder("lookup")
        .addJavadoc("The constant for a $L, or {@code null}: a {@code switch}, no scan, no allocation.\n",
            numberName)
        .addModifiers(Modifier.STATIC)
        .returns(type)
        .addParameter(TypeName.INT, "number")
        .addCode(lookup.build())
        .build());

    return JavaFile.builder(types.packageName(), spec.build())
        .addFileComment("$L", Snippets.fileComment(List.of(provenance)))
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }
}
