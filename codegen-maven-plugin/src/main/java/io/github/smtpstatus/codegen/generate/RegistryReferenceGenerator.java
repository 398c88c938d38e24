package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code RegistryReference}: one document a registry entry cites, such as
 * {@code [RFC7372], Section 3.3 (Standards Track)}. Its shape does not depend on the registry data.
 */
public final class RegistryReferenceGenerator {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName OPTIONAL_STRING = ParameterizedTypeName.get(Optional.class, String.class);

  private RegistryReferenceGenerator() {}

  /**
   * {@return the {@code RegistryReference} source for a model}
   *
   * @param model the registry, its constant names and the target package
   */
  public static JavaFile generate(GenerationModel model) {
    ClassName type = model.types().registryReference();
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("A document that the registry cites for an entry, parsed from its \"Reference\" column:\n"
            + "{@code [RFC3463] (Standards Track)}, {@code [RFC7372], Section 3.3 (Standards Track)},\n"
            + "{@code [draft-levine-mailbomb-header]}.\n\n<p>Immutable and thread-safe.\n")
        .addField(Snippets.field(STRING, "text"))
        .addField(Snippets.field(STRING, "document"))
        .addField(Snippets.field(TypeName.INT, "rfcNumber"))
        .addField(Snippets.field(STRING, "section"))
        .addField(Snippets.field(STRING, "status"));

    spec.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("A reference as the generator parsed it.\n\n"
            + "@param text the reference as the registry writes it\n"
            + "@param document the cited document without brackets\n"
            + "@param rfcNumber the RFC number, or 0 when the document is no RFC\n"
            + "@param section the cited section, or empty\n"
            + "@param status the document's status, or empty\n")
        .addParameter(STRING, "text")
        .addParameter(STRING, "document")
        .addParameter(TypeName.INT, "rfcNumber")
        .addParameter(STRING, "section")
        .addParameter(STRING, "status")
        .addStatement("this.text = text")
        .addStatement("this.document = document")
        .addStatement("this.rfcNumber = rfcNumber")
        .addStatement("this.section = section")
        .addStatement("this.status = status")
        .build());

    spec.addMethod(Snippets.getter(STRING, "text", "the reference as the registry writes it"))
        .addMethod(Snippets.getter(STRING, "document",
            "the cited document without brackets: {@code RFC3463}, {@code draft-levine-mailbomb-header}"))
        .addMethod(MethodSpec.methodBuilder("rfcNumber")
            .addJavadoc("{@return the RFC number, when the document is an RFC}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(OptionalInt.class)
            .addStatement("return rfcNumber == 0 ? $T.empty() : $T.of(rfcNumber)", OptionalInt.class, OptionalInt.class)
            .build())
        .addMethod(optionalGetter("section", "the cited section, such as {@code 3.3}, when the reference names one"))
        .addMethod(optionalGetter("status",
            "the document's status as the registry writes it in parentheses, such as {@code Standards Track}"))
        .addMethod(MethodSpec.methodBuilder("url")
            .addJavadoc("Where to read the document: {@code https://www.rfc-editor.org/rfc/rfcN} for an RFC,\n"
                + "the IETF datatracker for an Internet-Draft (named {@code draft-} and then ASCII letters, digits\n"
                + "and hyphens); empty for anything else.\n\n@return the URL, or empty\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(OPTIONAL_STRING)
            .beginControlFlow("if (rfcNumber != 0)")
            .addStatement("return $T.of($S + rfcNumber)", Optional.class, "https://www.rfc-editor.org/rfc/rfc")
            .endControlFlow()
            .beginControlFlow("if (!document.startsWith($S) || document.length() == $L)", "draft-", "draft-".length())
            .addStatement("return $T.empty()", Optional.class)
            .endControlFlow()
            .beginControlFlow("for (int i = $L; i < document.length(); i++)", "draft-".length())
            .addStatement("char c = document.charAt(i)")
            .beginControlFlow("if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))")
            .addStatement("return $T.empty()", Optional.class)
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $T.of($S + document + $S)", Optional.class, "https://datatracker.ietf.org/doc/", "/")
            .build());

    spec.addMethod(Snippets.equalsMethod("Whether {@code other} is a reference with the same text and parts.\n\n"
            + "@param other the object to compare with\n@return whether they are equal\n", CodeBlock.of("other instanceof $T that && text.equals(that.text) && document.equals(that.document)\n"
            + "&& rfcNumber == that.rfcNumber && section.equals(that.section) && status.equals(that.status)", type)))
        .addMethod(Snippets.hashCodeMethod(CodeBlock.of("$T.hash(text, document, rfcNumber, section, status)", Objects.class)))
        .addMethod(Snippets.toStringMethod("text", "{@return the reference as the registry writes it}\n"));

    return JavaFile.builder(model.types().packageName(), spec.build())
        .addFileComment("$L", Snippets.fileComment(List.of(model.registry().enumeratedProvenance())))
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static MethodSpec optionalGetter(String name, String returns) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("{@return $L}\n", returns)
        .addModifiers(Modifier.PUBLIC)
        .returns(OPTIONAL_STRING)
        .addStatement("return $N.isEmpty() ? $T.empty() : $T.of($N)", name, Optional.class, Optional.class, name)
        .build();
  }
}
