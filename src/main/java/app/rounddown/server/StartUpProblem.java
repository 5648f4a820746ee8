package app.rounddown.server;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Something a person must fix before the app can start, said in a paragraph they can act on. Quarkus prints the
 * message of such an exception alone, without a stack trace, and exits with a non-zero code.
 */
public class StartUpProblem extends ConfigurationException {
    public StartUpProblem(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
