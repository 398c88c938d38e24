/**
 * Mail logs and bounce messages classified on Apache Spark: {@link io.github.smtpstatus.spark.SmtpStatusSpark}
 * turns log lines and bounce files into typed Datasets of {@link io.github.smtpstatus.spark.DeliveryResult}
 * and {@link io.github.smtpstatus.spark.BounceResult} rows, and {@link io.github.smtpstatus.spark.SqlFunctions}
 * registers the Spark SQL functions {@code smtp_status_classify} and {@code smtp_status_parse_log}.
 */
package io.github.smtpstatus.spark;
