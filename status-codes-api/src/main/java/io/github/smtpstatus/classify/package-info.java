/**
 * What a failure means for the sender: {@link io.github.smtpstatus.classify.Classifier} turns an
 * enhanced status code, a reply code, the reply or diagnostic text and the remote host into a
 * {@link io.github.smtpstatus.classify.Classification}: a
 * {@link io.github.smtpstatus.classify.BounceReason} (mapped to Sisimai's reason names), the
 * {@link io.github.smtpstatus.classify.SenderAction} it asks for, whether the address is dead, and
 * which {@link io.github.smtpstatus.classify.ClassificationRule} decided (with the provider's meaning
 * when a provider's rule did).
 *
 * <p>The rules are data: CSV files in {@code registry-data}, checked and compiled by the plugin's
 * {@code classification-rules} goal into {@code StandardRules} (and, with a rules file of one's own,
 * into a class of one's own package). The first rule whose conditions all hold decides; matching is
 * one pass of an Aho-Corasick automaton over the text, with no regular expression and no allocation.
 * See docs/CLASSIFICATION.md.
 */
package io.github.smtpstatus.classify;
