package app.rounddown.letters;

/** A candidate template's source as an admin writes it: Qute text for the subject, the text part and the HTML part. */
public record TemplateText(String subject, String text, String html) {
}
