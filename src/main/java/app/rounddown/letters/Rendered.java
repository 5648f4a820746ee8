package app.rounddown.letters;

/** A message ready to send: its subject, its text part and its HTML part. */
public record Rendered(String subject, String text, String html) {
}
