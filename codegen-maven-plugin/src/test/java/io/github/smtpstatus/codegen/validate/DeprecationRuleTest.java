package io.github.smtpstatus.codegen.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.model.CodeKey;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeprecationRuleTest {

  @ParameterizedTest(name = "\"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~~                   | This is a duplicate of X.6.8 and is thus deprecated.            | true  | X.6.8
      ~~                   | Deprecated: replaced by X.7.30.                                 | true  | X.7.30
      ~~                   | Obsolete; use X.1.1 instead.                                    | true  | X.1.1
      ~~                   | Deprecated in favour of code X.5.2.                             | true  | X.5.2
      Old thing            | This code is deprecated.                                        | true  |
      Old thing (deprecated) | Something.                                                    | true  |
      Trust relationship required | This value replaces the prior use of X.7.8 for this error condition. | false |
      Mailbox full         | The mailbox is full.                                            | false |
      """)
  void findsDeprecationAndReplacementInTheText(String sampleText, String description, boolean deprecated,
      String replacement) {
    DeprecationRule.Verdict verdict = DeprecationRule.inspect(sampleText == null ? "" : sampleText, description);

    assertThat(verdict.deprecated()).isEqualTo(deprecated);
    assertThat(verdict.replacement().map(CodeKey::toString)).isEqualTo(Optional.ofNullable(replacement));
  }
}
