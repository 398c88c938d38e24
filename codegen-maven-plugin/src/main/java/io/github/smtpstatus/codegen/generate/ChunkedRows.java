package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The data of a generated enum's constants, kept out of the enum's own class initializer: a nested
 * {@code Rows} class holds one array per column, indexed by ordinal, and nested {@code Rows0},
 * {@code Rows1}, ... classes fill them, as many rows each as fit a budget. The enum's initializer
 * then costs a few bytes per constant whatever the rows hold, and no method, nor any class's constant
 * pool, comes near the JVM's limits (64 KiB of bytecode per method, 65,535 pool entries per class).
 */
final class ChunkedRows {

  /** Estimated bytecode per fill method; the JVM's limit is 65,535. */
  static final int MAX_CHUNK_BYTES = 30_000;

  /** Estimated constant pool entries per fill class; the JVM's limit is 65,535. */
  static final int MAX_CHUNK_CONSTANTS = 30_000;

  /**
   * One array of {@code Rows}.
   *
   * @param type the element type
   * @param name the field name, such as {@code SAMPLE_TEXT}
   * @param parameter the parameter name in {@code Rows.set}, such as {@code sampleText}
   */
  record Column(TypeName type, String name, String parameter) {}

  /**
   * The values of one row and what setting them costs at most.
   *
   * @param comment what the row is, for a comment above it (escaped here)
   * @param values one value per column
   * @param bytes an upper bound of the bytecode of the statement
   * @param constants an upper bound of the constant pool entries it adds
   */
  record Row(String comment, List<CodeBlock> values, int bytes, int constants) {
    Row {
      Objects.requireNonNull(comment, "comment == null");
      values = List.copyOf(values);
    }
  }

  private ChunkedRows() {}

  /** The bytecode of a {@code sipush}/{@code ldc_w}-style instruction with its operand, counted generously. */
  static final int INSTRUCTION = 3;

  /** The bytecode estimate of an {@code int[]} literal of {@code n} elements. */
  static int intArrayBytes(int n) {
    return 2 * INSTRUCTION + n * (2 * INSTRUCTION + 2);
  }

  /**
   * The {@code Rows} class and its fill classes.
   *
   * @param owner the enum whose constants the rows describe
   */
  static List<TypeSpec> types(ClassName owner, List<Column> columns, List<Row> rows) {
    ClassName rowsType = owner.nestedClass("Rows");
    List<List<Row>> chunks = chunks(rows);

    TypeSpec.Builder holder = TypeSpec.classBuilder(rowsType)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The data of every constant, one array per field, indexed by ordinal: filled by the\n"
            + "{@code Rows} classes that follow, so that no class initializer outgrows the JVM's limits.\n");
    MethodSpec.Builder set = MethodSpec.methodBuilder("set")
        .addJavadoc("Stores the data of the constant with ordinal {@code row}.\n")
        .addModifiers(Modifier.STATIC)
        .addParameter(TypeName.INT, "row");
    for (Column column : columns) {
      holder.addField(FieldSpec.builder(ArrayTypeName.of(column.type()), column.name(), Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T[$L]$L", arrayElement(column.type()), rows.size(), arraySuffix(column.type()))
          .build());
      set.addParameter(column.type(), column.parameter());
      set.addStatement("$N[row] = $N", column.name(), column.parameter());
    }
    CodeBlock.Builder fill = CodeBlock.builder();
    for (int i = 0; i < chunks.size(); i++) {
      fill.addStatement("$T.fill()", owner.nestedClass("Rows" + i));
    }
    holder.addStaticBlock(fill.build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(set.build());

    List<TypeSpec> types = new ArrayList<>();
    types.add(holder.build());
    int ordinal = 0;
    for (int i = 0; i < chunks.size(); i++) {
      MethodSpec.Builder method = MethodSpec.methodBuilder("fill")
          .addJavadoc("Stores rows $L to $L.\n", ordinal, ordinal + chunks.get(i).size() - 1)
          .addModifiers(Modifier.STATIC);
      for (Row row : chunks.get(i)) {
        method.addComment("$L", JavaText.comment(row.comment()));
        method.addStatement("$T.set($L,\n$L)", rowsType, ordinal++, CodeBlock.join(row.values(), ",\n"));
      }
      types.add(TypeSpec.classBuilder(owner.nestedClass("Rows" + i))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Rows of {@link Rows}, in a class of their own so that they have a constant pool of their own.\n")
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
          .addMethod(method.build())
          .build());
    }
    return types;
  }

  /** Rows in order, cut wherever the next row would take a chunk over its budget. */
  static List<List<Row>> chunks(List<Row> rows) {
    List<List<Row>> chunks = new ArrayList<>();
    List<Row> chunk = new ArrayList<>();
    int bytes = 0;
    int constants = 0;
    for (Row row : rows) {
      if (row.bytes() > MAX_CHUNK_BYTES || row.constants() > MAX_CHUNK_CONSTANTS) {
        throw new IllegalArgumentException(row.comment() + ": " + row.bytes() + " bytes of bytecode and "
            + row.constants() + " constants are over the budget of one class");
      }
      if (!chunk.isEmpty() && (bytes + row.bytes() > MAX_CHUNK_BYTES || constants + row.constants() > MAX_CHUNK_CONSTANTS)) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        bytes = 0;
        constants = 0;
      }
      chunk.add(row);
      bytes += row.bytes();
      constants += row.constants();
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  /** {@code T} for {@code T}, {@code T} for {@code T[]} (with {@code "[]"} added by {@link #arraySuffix}). */
  private static TypeName arrayElement(TypeName type) {
    return type instanceof ArrayTypeName array ? arrayElement(array.componentType()) : type;
  }

  private static String arraySuffix(TypeName type) {
    return type instanceof ArrayTypeName array ? "[]" + arraySuffix(array.componentType()) : "";
  }
}
