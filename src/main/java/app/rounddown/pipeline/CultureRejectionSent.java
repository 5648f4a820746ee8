package app.rounddown.pipeline;

/** The recruiter sent the message after a culture-interview rejection; fired inside that transaction. */
public record CultureRejectionSent(long applicationId) {
}
