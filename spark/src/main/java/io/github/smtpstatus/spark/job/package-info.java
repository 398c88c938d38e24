/** The example job, {@link io.github.smtpstatus.spark.job.ClassifyJob}: results and a summary table for spark-submit. */
package io.github.smtpstatus.spark.job;
