package app.rounddown.access;

/** A record with a hiring manager and perhaps a second approver: an opening, or an application to one. */
public interface Managed {
    Long hiringManagerId();

    Long secondApproverId();
}
