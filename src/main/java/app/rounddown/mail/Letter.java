package app.rounddown.mail;

import java.util.List;

/**
 * One message to one person, as a feature's observer writes it: the outbox stores it as it is, so a retry or a resend
 * sends exactly the same thing. {@code toCandidate} marks candidate-facing messages, which the candidate's timeline shows.
 */
public record Letter(String kind, String toAddress, String toName, String subject, String text, String html,
                     List<Attachment> attachments, Long candidateId, Long applicationId, boolean toCandidate) {

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** A message to someone at the company (an interviewer, a hiring manager): never shown on the candidate's timeline. */
    public static Letter internal(String kind, String toAddress, String toName, String subject, String text, String html,
                                  List<Attachment> attachments, Long candidateId, Long applicationId) {
        return new Letter(kind, toAddress, toName, subject, text, html, attachments, candidateId, applicationId, false);
    }

    /** A message to the candidate themselves; when it is sent, their timeline says so. */
    public static Letter toCandidate(String kind, String toAddress, String toName, String subject, String text,
                                     String html, List<Attachment> attachments, long candidateId, Long applicationId) {
        return new Letter(kind, toAddress, toName, subject, text, html, attachments, candidateId, applicationId, true);
    }
}
