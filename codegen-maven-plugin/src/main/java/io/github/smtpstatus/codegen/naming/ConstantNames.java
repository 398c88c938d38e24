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

  /**
   * Copies the maps.
   *
   * @param classes names by class digit
   * @param subjects names by subject number
   * @param codes names by enumerated code
   */
  public ConstantNames {
    classes = Map.copyOf(classes);
    subjects = Map.copyOf(subjects);
    codes = Map.copyOf(codes);
  }

  /**
   * {@return the name of a class constant}
   *
   * @param number the class digit: 2, 4 or 5
   */
  public String ofClass(int number) {
    return Objects.requireNonNull(classes.get(number), () -> "no name for class " + number);
  }

  /**
   * {@return the name of a subject constant}
   *
   * @param number the subject number
   */
  public String ofSubject(int number) {
    return Objects.requireNonNull(subjects.get(number), () -> "no name for subject " + number);
  }

  /**
   * {@return the name of an enumerated constant}
   *
   * @param key the code, such as {@code X.1.1}
   */
  public String ofCode(CodeKey key) {
    return Objects.requireNonNull(codes.get(key), () -> "no name for " + key);
  }
}
