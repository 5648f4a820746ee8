package app.rounddown.careers;

/** Someone applied on the careers page; fired inside the transaction that stored the application. */
public record ApplicationReceived(long candidateId, long applicationId, String jobTitle, String jobSlug) {
}
