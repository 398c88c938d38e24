package io.github.smtpstatus.spark;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReplies;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.classify.Classification;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL functions of the toolkit, for analysts who write SQL:
 *
 * <pre>{@code
 * SqlFunctions.register(spark);
 * spark.sql("SELECT smtp_status_classify(diagnostic).reason AS reason, count(*) AS n"
 *     + " FROM replies GROUP BY 1 ORDER BY n DESC");
 * spark.sql("SELECT p.recipients, p.outcome, p.reason FROM (SELECT smtp_status_parse_log(value) AS p"
 *     + " FROM logs) WHERE p.kind = 'delivery'");
 * }</pre>
 *
 * <p>Both return a struct (fields below and in docs/SPARK.md), and null for a null argument. They are
 * deterministic, run in the executors and share the JVM's one classifier.
 */
public final class SqlFunctions {

  /** The name of the function that classifies a reply or a diagnostic text. */
  public static final String CLASSIFY = "smtp_status_classify";

  /** The name of the function that reads a mail log line. */
  public static final String PARSE_LOG = "smtp_status_parse_log";

  private static final StructType CLASSIFY_TYPE = new StructType()
      .add("reason", DataTypes.StringType)
      .add("senderAction", DataTypes.StringType)
      .add("permanence", DataTypes.StringType)
      .add("addressDead", DataTypes.BooleanType)
      .add("provider", DataTypes.StringType)
      .add("enhancedCode", DataTypes.StringType)
      .add("replyCode", DataTypes.IntegerType);

  private static final StructType PARSE_LOG_TYPE = new StructType()
      .add("kind", DataTypes.StringType)
      .add("mta", DataTypes.StringType)
      .add("timestamp", DataTypes.StringType)
      .add("queueId", DataTypes.StringType)
      .add("recipients", DataTypes.createArrayType(DataTypes.StringType, false))
      .add("outcome", DataTypes.StringType)
      .add("dsn", DataTypes.StringType)
      .add("relay", DataTypes.StringType)
      .add("replyCode", DataTypes.IntegerType)
      .add("enhancedCode", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("senderAction", DataTypes.StringType)
      .add("permanence", DataTypes.StringType)
      .add("addressDead", DataTypes.BooleanType)
      .add("provider", DataTypes.StringType);

  private SqlFunctions() {}

  /**
   * Registers {@value #CLASSIFY} and {@value #PARSE_LOG} in the session (a later registration under the
   * same name replaces an earlier one).
   *
   * @param spark the session
   * @throws NullPointerException if {@code spark} is null
   */
  public static void register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark == null");
    spark.udf().register(CLASSIFY, (UDF1<String, Row>) SqlFunctions::classify, CLASSIFY_TYPE);
    spark.udf().register(PARSE_LOG, (UDF1<String, Row>) SqlFunctions::parseLog, PARSE_LOG_TYPE);
  }

  /**
   * {@value #CLASSIFY}: what a reply or a diagnostic text means. The first SMTP reply quoted in the text
   * decides (its innermost one when a relay nests a remote server's reply), with its code, enhanced code
   * and text; without a reply, the first enhanced code in the text and the whole text; without either,
   * the text alone (reason {@code undetermined} unless a phrase rule knows it).
   *
   * @param text a reply ({@code 550 5.1.1 User unknown}), a DSN's diagnostic, a log line's reason; or null
   * @return the struct {@code reason, senderAction, permanence, addressDead, provider, enhancedCode,
   *     replyCode}, or null for null
   */
  static Row classify(String text) {
    if (text == null) {
      return null;
    }
    QuotedReply reply = SmtpReplies.findFirst(text).orElse(null);
    StatusCode code;
    Integer replyCode = null;
    String decidingText = text;
    if (reply != null) {
      QuotedReply quoted = reply.innermost().enhancedCode().isPresent() ? reply.innermost() : reply;
      code = quoted.enhancedCode().orElse(null);
      replyCode = quoted.code();
      decidingText = quoted.reply().text();
    } else {
      List<StatusCode> found = StatusCodes.findAll(text);
      code = found.isEmpty() ? null : found.get(0);
    }
    Classification c = Classifications.classify(code, replyCode, decidingText, null, null);
    return RowFactory.create(LogLines.lower(c.reason()), LogLines.lower(c.action()),
        LogLines.lower(c.permanence()), c.addressDead(), c.provider().orElse(null),
        code == null ? null : code.toString(), replyCode);
  }

  /**
   * {@value #PARSE_LOG}: what a mail log line says, as {@link SmtpStatusSpark#deliveries} reads it, in one
   * struct per line: the recipients as an array, the classification that of the first recipient (a
   * line's recipients share one reply and one relay).
   *
   * @param line a mail log line, or null
   * @return the struct {@code kind, mta, timestamp, queueId, recipients, outcome, dsn, relay, replyCode,
   *     enhancedCode, text, reason, senderAction, permanence, addressDead, provider}, or null for null
   */
  static Row parseLog(String line) {
    if (line == null) {
      return null;
    }
    List<DeliveryResult> rows = LogLines.read(line);
    DeliveryResult first = rows.get(0);
    String[] recipients = rows.stream().map(DeliveryResult::getRecipient).filter(Objects::nonNull)
        .toArray(String[]::new);
    return RowFactory.create(first.getKind(), first.getMta(), first.getTimestamp(), first.getQueueId(),
        recipients, first.getOutcome(), first.getDsn(), first.getRelay(), first.getReplyCode(),
        first.getEnhancedCode(), first.getText(), first.getReason(), first.getSenderAction(),
        first.getPermanence(), first.getAddressDead(), first.getProvider());
  }
}
