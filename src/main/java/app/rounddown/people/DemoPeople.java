package app.rounddown.people;

import java.util.List;

/** The demo accounts dev mode creates, one per role; their password is printed on the sign-in page in dev only. */
public final class DemoPeople {
    public static final String PASSWORD = "rounddown-demo";
    public static final List<SignInResource.DemoAccount> ACCOUNTS = List.of(
            new SignInResource.DemoAccount("admin@rounddown.example", "Admin"),
            new SignInResource.DemoAccount("rita@rounddown.example", "Recruiter"),
            new SignInResource.DemoAccount("hannah@rounddown.example", "Hiring manager"),
            new SignInResource.DemoAccount("marcus@rounddown.example", "Hiring manager"),
            new SignInResource.DemoAccount("simon@rounddown.example", "Interviewer"),
            new SignInResource.DemoAccount("paolo@rounddown.example", "Interviewer"));

    private DemoPeople() {
    }
}
