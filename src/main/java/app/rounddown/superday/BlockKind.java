package app.rounddown.superday;

/** The parts of a SuperDay. Only focus time is the task; everything else is a meeting. */
public enum BlockKind {
    KICK_OFF("Kick-off", true),
    HIRING_MANAGER("Meeting with the hiring manager", true),
    FOCUS("Focus time on the task", false),
    DEMO_ROLE_PLAY("Demo role-play", true),
    TEAM_CHATS("Short chats with the team", true);

    private final String label;
    private final boolean meeting;

    BlockKind(String label, boolean meeting) {
        this.label = label;
        this.meeting = meeting;
    }

    public String label() {
        return label;
    }

    public boolean isMeeting() {
        return meeting;
    }
}
