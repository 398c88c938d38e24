package io.github.smtpstatus.codegen.naming;

import io.github.smtpstatus.codegen.model.CodeKey;
import java.util.Map;
import java.util.Objects;

/**
 * The resolved constant name of every row of the three tables.
 *
 * @param classes names by class digit
 * @param subjects names by subject number
 * @param codes names by enumerated code
 */
public record ConstantNames(Map<Integer, String> classes, Map<Integer, String> subjects, Map<CodeKey, String> codes) {

  public ConstantNames {
    classes = Map.copyOf(classes);
    subjects = Map.copyOf(subjects);
    codes = Map.copyOf(codes);
  }

  /** The name of a class constant. */
  public String ofClass(int number) {
    return Objects.requireNonNull(classes.get(number), () -> "no name for class " + number);
  }

  /** The name of a subject constant. */
  public String ofSubject(int number) {
    return Objects.requireNonNull(subjects.get(number), () -> "no name for subject " + number);
  }

  /** The name of an enumerated constant. */
  public String ofCode(CodeKey key) {
    return Objects.requireNonNull(codes.get(key), () -> "no name for " + key);
  }
}
