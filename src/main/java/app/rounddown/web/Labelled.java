package app.rounddown.web;

/** An enum constant with the words a person reads for it. */
public interface Labelled {
    String label();

    String name();
}
