package io.github.smtpstatus.spark;

/**
 * The columns a classification fills in a row of either kind ({@link DeliveryResult}, {@link BounceResult}),
 * so that {@link Classifications#fill} writes them in one place. Only setters: the rows stay plain beans, as
 * Spark's bean encoder reads them.
 */
interface VerdictColumns {

  void setReason(String reason);

  void setSenderAction(String senderAction);

  void setPermanence(String permanence);

  void setAddressDead(Boolean addressDead);

  void setProvider(String provider);
}
