package io.github.smtpstatus.codegen.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.model.CodeKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeSyntaxTest {

  @ParameterizedTest
  @CsvSource({"X.0.0, 0, 0", "X.1.1, 1, 1", "X.1.10, 1, 10", "X.7.30, 7, 30", "X.999.999, 999, 999", "X.10.0, 10, 0"})
  void acceptsEnumeratedCodes(String code, int subject, int detail) throws InvalidCodeException {
    assertThat(CodeSyntax.parseEnumerated(code)).isEqualTo(new CodeKey(subject, detail));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      X.1.XXX | 1
      X.0.XXX | 0
      X.12.XXX | 12
      """)
  void acceptsSubjectCodes(String code, int subject) throws InvalidCodeException {
    assertThat(CodeSyntax.parseSubject(code)).isEqualTo(subject);
  }

  @ParameterizedTest
  @CsvSource({"2.XXX.XXX, 2", "4.XXX.XXX, 4", "5.XXX.XXX, 5"})
  void acceptsClassCodes(String code, int number) throws InvalidCodeException {
    assertThat(CodeSyntax.parseClass(code)).isEqualTo(number);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~~        | must start with "X." (enumerated codes are class-independent)
      x.1.1     | must start with "X." (enumerated codes are class-independent)
      X..1      | empty subject
      X.1.      | empty detail
      X.1       | expected X.<subject>.<detail>
      X.01.1    | leading zero in subject
      X.1.00    | leading zero in detail
      X.1234.1  | subject has more than 3 digits
      X.1.1000  | detail has more than 3 digits
      X.1.1 a   | unexpected character ' ' in detail
      X.-1.1    | unexpected character '-' in subject
      """)
  void rejectsMalformedEnumeratedCodes(String code, String reason) {
    assertThatThrownBy(() -> CodeSyntax.parseEnumerated(code == null ? "" : code)).hasMessage(reason);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      X.1.1     | expected ".XXX" after the subject
      1.XXX     | must start with "X."
      X.1       | expected X.<subject>.XXX
      X.01.XXX  | leading zero in subject
      """)
  void rejectsMalformedSubjectCodes(String code, String reason) {
    assertThatThrownBy(() -> CodeSyntax.parseSubject(code)).hasMessage(reason);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      3.XXX.XXX | class must be 2, 4 or 5
      5.XXX     | expected 2.XXX.XXX, 4.XXX.XXX or 5.XXX.XXX
      X.XXX.XXX | class must be 2, 4 or 5
      5.xxx.xxx | expected 2.XXX.XXX, 4.XXX.XXX or 5.XXX.XXX
      """)
  void rejectsMalformedClassCodes(String code, String reason) {
    assertThatThrownBy(() -> CodeSyntax.parseClass(code)).hasMessage(reason);
  }
}
