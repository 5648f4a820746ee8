package app.rounddown.access;

import app.rounddown.people.User;

/**
 * Whether a person manages, interviews or reviews one record: each feature answers for its own records, so the
 * access rules never reach into the features' tables.
 */
public interface Ownership {
    Rule.Managed kind();

    boolean owns(User user, long id);
}
