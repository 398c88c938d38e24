package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3463's fallback for codes a receiver does not know, at each of its three levels. */
class StatusMeaningTest {

  @Test
  void aRegisteredCodeMeansItsOwnEntry() {
    StatusMeaning meaning = StatusCode.parse("5.2.2").meaning();

    assertThat(meaning.statusCode()).isEqualTo(StatusCode.parse("5.2.2"));
    assertThat(meaning.sampleText()).isEqualTo("Mailbox full");
    assertThat(meaning.description()).isEqualTo(EnhancedStatusCode.MAILBOX_FULL.description()).startsWith("The mailbox is full");
  }

  @Test
  void anUnregisteredDetailMeansItsSubjectsOtherCode() {
    StatusMeaning meaning = StatusCode.parse("5.7.606").meaning();

    assertThat(meaning.statusCode()).isEqualTo(StatusCode.parse("5.7.606"));
    assertThat(meaning.description()).isEqualTo(EnhancedStatusCode.OTHER_OR_UNDEFINED_SECURITY_STATUS.description())
        .isNotEqualTo(StatusSubject.SECURITY_OR_POLICY_STATUS.description());
  }

  @Test
  void anUnregisteredSubjectMeansItsClass() {
    StatusMeaning meaning = StatusCode.parse("4.9.1").meaning();

    assertThat(meaning.description()).isEqualTo(StatusClass.PERSISTENT_TRANSIENT_FAILURE.description()).isNotEmpty();
  }

  @Test
  void aDeprecatedCodeWithoutSampleTextKeepsItsOwnEmptyTextAndItsDescription() {
    StatusMeaning meaning = StatusCode.parse("5.6.10").meaning();

    assertThat(meaning.level()).isEqualTo(StatusMeaning.Level.CODE);
    assertThat(meaning.sampleText()).isEmpty();
    assertThat(meaning.description()).isEqualTo("This is a duplicate of X.6.8 and is thus deprecated.");
  }

  @Test
  void meaningsAreEqualByCode() {
    StatusMeaning meaning = StatusCode.parse("5.7.606").meaning();

    assertThat(meaning).isEqualTo(StatusCode.parse("5.7.606").meaning())
        .hasSameHashCodeAs(StatusCode.parse("5.7.606").meaning())
        .isNotEqualTo(StatusCode.parse("5.7.607").meaning())
        .isNotEqualTo(StatusCode.parse("5.7.606"));
    assertThat(meaning.hashCode()).isNotEqualTo(StatusCode.parse("5.7.607").meaning().hashCode());
  }
}
