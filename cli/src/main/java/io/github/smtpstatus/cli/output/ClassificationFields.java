package io.github.smtpstatus.cli.output;

import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.SenderAction;
import java.util.function.Function;

/**
 * The fields of a {@link Classification} in a record, the same in every command that classifies:
 * reason, the Sisimai name of that reason, what the sender should do, permanence, whether the address
 * is dead, the provider and its meaning when a provider's rule decided, and which rule decided.
 */
public final class ClassificationFields {

  private ClassificationFields() {}

  /**
   * Adds the classification fields.
   *
   * @param <T> the record type
   * @param builder the schema so far
   * @param classification reads a record's classification; null when the record has none
   * @return the builder
   */
  public static <T> Schema.Builder<T> add(Schema.Builder<T> builder, Function<T, Classification> classification) {
    Function<T, Classification> c = classification;
    return builder
        .string("reason", "why: \"user_unknown\", \"mailbox_full\", \"blocked\", \"rate_limited\", ... (the "
            + "classifier's taxonomy, docs/CLASSIFICATION.md)", r -> c.apply(r) == null ? null
            : EnumNames.lower(c.apply(r).reason()))
        .string("sisimai_reason", "the same reason as the Sisimai bounce parser names it: \"userunknown\", ...",
            r -> c.apply(r) == null ? null : c.apply(r).reason().sisimaiReasons().get(0))
        .string("sender_action", "what the sender should do: \"remove_address\", \"retry_later\", \"fix_sender\", "
            + "\"change_message\", \"stop_sending\", \"investigate\", \"none\"",
            r -> c.apply(r) == null ? null : EnumNames.lower(c.apply(r).action()))
        .string("permanence", "\"permanent\", \"transient\" or \"success\", from the code and the text",
            r -> c.apply(r) == null ? null : EnumNames.lower(c.apply(r).permanence()))
        .bool("address_dead", "whether the address should be removed: a permanent failure the address itself "
            + "causes (a policy block never is)", r -> c.apply(r) == null ? null : c.apply(r).addressDead())
        .string("provider", "the provider whose documented behaviour decided, when a provider's rule did",
            r -> c.apply(r) == null ? null : c.apply(r).provider().orElse(null))
        .string("provider_meaning", "that provider's meaning of its own code or text",
            r -> c.apply(r) == null ? null : c.apply(r).providerMeaning().orElse(null))
        .string("decided_by", "the rule that decided: \"microsoft.csv:49\", or \"no rule\"",
            r -> c.apply(r) == null ? null : c.apply(r).decidedBy());
  }

  /**
   * What a sender action means for people, as a group in a headline: "dead addresses".
   *
   * @param action the action
   * @return its group name
   */
  public static String group(SenderAction action) {
    return switch (action) {
      case NONE -> "delivered or answered automatically";
      case REMOVE_ADDRESS -> "dead addresses";
      case RETRY_LATER -> "to retry later";
      case FIX_SENDER -> "blocked: the sender must change";
      case CHANGE_MESSAGE -> "refused for their content";
      case STOP_SENDING -> "complaints";
      case INVESTIGATE -> "undetermined";
    };
  }

  /**
   * The text of a classification for people: "user_unknown (remove address)".
   *
   * @param classification the classification
   * @return the reason and the action
   */
  public static String human(Classification classification) {
    return EnumNames.lower(classification.reason()) + " (" + EnumNames.lower(classification.action()).replace('_', ' ')
        + ")";
  }
}
