package app.rounddown.pipeline;

import app.rounddown.web.Labelled;

/** Why an application was rejected or withdrawn: a category for reports and words for people. */
public record Reason(Labelled category, String text) {
}
