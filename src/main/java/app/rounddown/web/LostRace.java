package app.rounddown.web;

/**
 * Someone else's change landed while this request was waiting its turn, so this one was not made. The message
 * names who got there first and when, so the person can look again and decide with the current picture.
 */
public class LostRace extends RuntimeException {
    public LostRace(String message) {
        super(message, null, false, false);
    }
}
