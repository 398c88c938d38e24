package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.model.TableProvenance;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code StatusCodeRegistry}: the provenance of the generated code (each table's file,
 * source URL, retrieval date, SHA-256 and row count) so that a running program can say which registry
 * version it carries.
 */
public final class StatusCodeRegistryGenerator {

  private static final ClassName STRING = ClassName.get(String.class);

  private StatusCodeRegistryGenerator() {}

  /**
   * {@return the {@code StatusCodeRegistry} source for a model}
   *
   * @param model the registry, its constant names and the target package
   */
  public static JavaFile generate(GenerationModel model) {
    Registry registry = model.registry();
    ClassName type = model.types().statusCodeRegistry();
    ClassName table = type.nestedClass("Table");

    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Which version of IANA's SMTP Enhanced Status Codes registry the generated types carry.\n")
        .addType(tableType(table))
        .addField(constant(TypeName.INT, "CLASS_COUNT", "The number of status classes: $L.\n", registry.classes().size()))
        .addField(constant(TypeName.INT, "SUBJECT_COUNT", "The number of subjects: $L.\n", registry.subjects().size()))
        .addField(constant(TypeName.INT, "CODE_COUNT", "The number of enumerated codes: $L.\n", registry.codes().size()))
        .addField(tableField(table, "CLASS_TABLE", registry.classProvenance(), registry.classes().size()))
        .addField(tableField(table, "SUBJECT_TABLE", registry.subjectProvenance(), registry.subjects().size()))
        .addField(tableField(table, "ENUMERATED_TABLE", registry.enumeratedProvenance(), registry.codes().size()))
        .addField(FieldSpec.builder(Snippets.listOf(table), "TABLES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of(CLASS_TABLE, SUBJECT_TABLE, ENUMERATED_TABLE)", List.class)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addJavadoc("Not instantiable.\n").addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("tables")
            .addJavadoc("{@return the three tables: class, subject, enumerated}\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Snippets.listOf(table))
            .addStatement("return TABLES")
            .build());

    return JavaFile.builder(model.types().packageName(), spec.build())
        .addFileComment("$L", Snippets.fileComment(
            List.of(registry.classProvenance(), registry.subjectProvenance(), registry.enumeratedProvenance())))
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static FieldSpec constant(TypeName type, String name, String javadoc, int value) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(javadoc, value)
        .initializer("$L", value)
        .build();
  }

  private static FieldSpec tableField(ClassName table, String name, TableProvenance provenance, int rows) {
    TableKind kind = provenance.kind();
    return FieldSpec.builder(table, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The $L table.\n", kind.title())
        .initializer("new $T($L)", table, Snippets.arguments(Snippets.literal(kind.title()),
            Snippets.literal(provenance.fileName()), Snippets.literal(provenance.sourceUrl()),
            Snippets.literal(provenance.retrieved()), Snippets.literal(provenance.sha256()), CodeBlock.of("$L", rows)))
        .build();
  }

  private static TypeSpec tableType(ClassName table) {
    return TypeSpec.classBuilder(table)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("One table of the registry and where its copy came from.\n")
        .addField(Snippets.field(STRING, "title"))
        .addField(Snippets.field(STRING, "fileName"))
        .addField(Snippets.field(STRING, "sourceUrl"))
        .addField(Snippets.field(STRING, "retrieved"))
        .addField(Snippets.field(STRING, "sha256"))
        .addField(Snippets.field(TypeName.INT, "rows"))
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("One table's provenance.\n")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(STRING, "title")
            .addParameter(STRING, "fileName")
            .addParameter(STRING, "sourceUrl")
            .addParameter(STRING, "retrieved")
            .addParameter(STRING, "sha256")
            .addParameter(TypeName.INT, "rows")
            .addStatement("this.title = title")
            .addStatement("this.fileName = fileName")
            .addStatement("this.sourceUrl = sourceUrl")
            .addStatement("this.retrieved = retrieved")
            .addStatement("this.sha256 = sha256")
            .addStatement("this.rows = rows")
            .build())
        .addMethod(Snippets.getter(STRING, "title", "IANA's title of the table, such as {@code Enumerated Status Codes}"))
        .addMethod(Snippets.getter(STRING, "fileName", "the CSV file the code was generated from"))
        .addMethod(Snippets.getter(STRING, "sourceUrl", "where IANA publishes the table; empty when unknown"))
        .addMethod(Snippets.getter(STRING, "retrieved",
            "when the copy was taken ({@code yyyy-MM-dd} or {@code yyyy-MM}); empty when unknown"))
        .addMethod(Snippets.getter(STRING, "sha256", "the SHA-256 of the CSV file, lower-case hex"))
        .addMethod(Snippets.getter(TypeName.INT, "rows", "the number of rows"))
        .addMethod(MethodSpec.methodBuilder("toString")
            .addJavadoc("{@return the title, file name, row count, retrieval date and SHA-256}\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addStatement("return title + $S + fileName + $S + rows + $S\n"
                + "+ (retrieved.isEmpty() ? $S : $S + retrieved) + $S + sha256 + $S",
                " (", ", ", " rows", "", ", retrieved ", ", SHA-256 ", ")")
            .build())
        .build();
  }
}
