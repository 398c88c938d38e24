package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code AssociatedReplyCodes}: the registry's "Associated basic status code" of one
 * enumerated code, structured (listed reply codes and classes, {@code Any}, {@code Not given}) with the
 * raw text kept. Its shape does not depend on the registry data.
 */
public final class AssociatedReplyCodesGenerator {

  private static final TypeName INT_ARRAY = ArrayTypeName.of(TypeName.INT);
  private static final TypeName INTEGER_LIST = Snippets.listOf(ClassName.get(Integer.class));
  private static final ClassName STRING = ClassName.get(String.class);

  private AssociatedReplyCodesGenerator() {}

  /**
   * {@return the {@code AssociatedReplyCodes} source for a model}
   *
   * @param model the registry, its constant names and the target package
   */
  public static JavaFile generate(GenerationModel model) {
    ClassName type = model.types().associatedReplyCodes();
    ClassName kind = type.nestedClass("Kind");

    TypeSpec kindSpec = TypeSpec.enumBuilder(kind)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("How the registry constrains the SMTP reply code.\n")
        .addEnumConstant("LISTED", TypeSpec.anonymousClassBuilder("")
            .addJavadoc("Explicit reply codes ({@code 451, 550}) and/or whole reply classes ({@code 5XX}).\n").build())
        .addEnumConstant("ANY", TypeSpec.anonymousClassBuilder("")
            .addJavadoc("{@code Any}: every reply code may accompany the enhanced code.\n").build())
        .addEnumConstant("NOT_GIVEN", TypeSpec.anonymousClassBuilder("")
            .addJavadoc("{@code Not given}, or no usable value: the registry states no constraint.\n").build())
        .build();

    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The SMTP reply codes (RFC 5321 section 4.2) that the registry associates with an enhanced\n"
            + "status code, from its free-form \"Associated basic status code\" column: {@code 451, 550},\n"
            + "{@code 250 or 251}, {@code 5XX}, {@code 450, 550 (other 4XX or 5XX codes are allowed)}, {@code Any},\n"
            + "{@code Not given}. The registry's text is kept as {@link #text()}.\n\n"
            + "<p>Immutable and thread-safe.\n")
        .addType(kindSpec)
        .addField(Snippets.field(kind, "kind"))
        .addField(Snippets.field(STRING, "text"))
        .addField(Snippets.field(INT_ARRAY, "codes"))
        .addField(Snippets.field(INT_ARRAY, "classes"))
        .addField(Snippets.field(INTEGER_LIST, "codeList"))
        .addField(Snippets.field(INTEGER_LIST, "classList"));

    spec.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("Keeps the arrays; the factories pass copies.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(kind, "kind")
        .addParameter(STRING, "text")
        .addParameter(INT_ARRAY, "codes")
        .addParameter(INT_ARRAY, "classes")
        .addStatement("this.kind = kind")
        .addStatement("this.text = text")
        .addStatement("this.codes = codes")
        .addStatement("this.classes = classes")
        .addStatement("this.codeList = boxed(codes)")
        .addStatement("this.classList = boxed(classes)")
        .build());

    spec.addMethod(factory(type, "listed", "Listed reply codes and reply classes (2, 4 or 5 for {@code 2XX} ...).\n\n"
            + "@param text the registry's text\n@param codes the listed reply codes\n"
            + "@param classes the reply classes allowed wholesale\n@return the value\n")
            .addParameter(INT_ARRAY, "codes")
            .addParameter(INT_ARRAY, "classes")
            .addStatement("return new $T($T.LISTED, text, codes.clone(), classes.clone())", type, kind)
            .build())
        .addMethod(factory(type, "any", "{@code Any}.\n\n@param text the registry's text\n@return the value\n")
            .addStatement("return new $T($T.ANY, text, new int[0], new int[0])", type, kind)
            .build())
        .addMethod(factory(type, "notGiven", "{@code Not given}, or text with no usable value.\n\n"
            + "@param text the registry's text\n@return the value\n")
            .addStatement("return new $T($T.NOT_GIVEN, text, new int[0], new int[0])", type, kind)
            .build());

    spec.addMethod(MethodSpec.methodBuilder("boxed")
        .addJavadoc("{@return the values as an unmodifiable list}\n\n@param values the values\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(INTEGER_LIST)
        .addParameter(INT_ARRAY, "values")
        .addStatement("$T[] boxed = new $T[values.length]", Integer.class, Integer.class)
        .beginControlFlow("for (int i = 0; i < values.length; i++)")
        .addStatement("boxed[i] = values[i]")
        .endControlFlow()
        .addStatement("return $T.of(boxed)", List.class)
        .build());

    spec.addMethod(Snippets.getter(kind, "kind", "how the registry constrains the reply code"))
        .addMethod(Snippets.getter(STRING, "text", "the registry's text, whitespace runs collapsed"))
        .addMethod(MethodSpec.methodBuilder("replyCodes")
            .addJavadoc("{@return the explicitly listed reply codes, in the registry's order; empty unless {@code LISTED}}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(INTEGER_LIST)
            .addStatement("return codeList")
            .build())
        .addMethod(MethodSpec.methodBuilder("replyClasses")
            .addJavadoc("{@return the reply classes allowed wholesale: 5 for {@code 5XX}; empty unless {@code LISTED}}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(INTEGER_LIST)
            .addStatement("return classList")
            .build())
        .addMethod(MethodSpec.methodBuilder("isGiven")
            .addJavadoc("{@return whether the registry states a constraint ({@code LISTED} or {@code ANY})}\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return kind != $T.NOT_GIVEN", kind)
            .build());

    spec.addMethod(MethodSpec.methodBuilder("permits")
        .addJavadoc("Whether the registry lets {@code replyCode} accompany the enhanced code: always for\n"
            + "{@code ANY} and {@code NOT_GIVEN} (no constraint is stated); for {@code LISTED}, when the code is\n"
            + "listed or its class ({@code replyCode / 100}) is. Allocates nothing.\n\n"
            + "@param replyCode the SMTP reply code, such as 550\n@return whether the registry lets it accompany the code\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(TypeName.INT, "replyCode")
        .beginControlFlow("if (kind != $T.LISTED)", kind)
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("for (int code : codes)")
        .beginControlFlow("if (code == replyCode)")
        .addStatement("return true")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for (int replyClass : classes)")
        .beginControlFlow("if (replyClass == replyCode / 100)")
        .addStatement("return true")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return false")
        .build());

    spec.addMethod(Snippets.equalsMethod("Whether {@code other} holds the same kind, text, codes and classes.\n\n"
            + "@param other the object to compare with\n@return whether they are equal\n", CodeBlock.of("other instanceof $T that && kind == that.kind && text.equals(that.text)\n"
            + "&& $T.equals(codes, that.codes) && $T.equals(classes, that.classes)", type, Arrays.class, Arrays.class)))
        .addMethod(Snippets.hashCodeMethod(CodeBlock.of("$T.hash(kind, text, $T.hashCode(codes), $T.hashCode(classes))", Objects.class,
            Arrays.class, Arrays.class)))
        .addMethod(Snippets.toStringMethod("text", "{@return the registry's text}\n"));

    return JavaFile.builder(model.types().packageName(), spec.build())
        .addFileComment("$L", Snippets.fileComment(List.of(model.registry().enumeratedProvenance())))
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static MethodSpec.Builder factory(ClassName type, String name, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L", javadoc)
        .addModifiers(Modifier.STATIC)
        .returns(type)
        .addParameter(STRING, "text");
  }
}
