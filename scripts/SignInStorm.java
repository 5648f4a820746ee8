import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in storm benchmark: 40 clients send wrong passwords (made-up e-mails and a real one) for 15 seconds while
 * one signed-in person keeps loading a page. Prints what each side got and the person's p50/p99.
 *
 * java scripts/SignInStorm.java http://localhost:8080 person@example.com their-password [victim@example.com]
 */
public class SignInStorm {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java scripts/SignInStorm.java BASE_URL EMAIL PASSWORD [VICTIM_EMAIL]");
            System.exit(2);
        }
        String base = args[0];
        String victim = args.length > 3 ? args[3] : args[1];
        String session = signIn(base, args[1], args[2]);
        long until = System.currentTimeMillis() + 15_000;
        Map<Integer, AtomicInteger> attackers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        for (int i = 0; i < 40; i++) {
            int client = i;
            pool.submit(() -> {
                try {
                    String[] form = formOf(base);
                    for (int n = 0; System.currentTimeMillis() < until; n++) {
                        String email = client % 2 == 0 ? "nobody-" + client + "-" + n + "@example.com" : victim;
                        int status = post(base, form, email, "wrong password " + n).statusCode();
                        attackers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                } catch (Exception e) {
                    attackers.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        List<Long> times = new ArrayList<>();
        Map<Integer, Integer> user = new TreeMap<>();
        while (System.currentTimeMillis() < until) {
            long start = System.nanoTime();
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openings")).header("Cookie", session)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            times.add((System.nanoTime() - start) / 1_000_000);
            user.merge(status, 1, Integer::sum);
        }
        pool.shutdown();
        times.sort(Long::compare);
        System.out.printf("attackers (40 clients, 15 s): %s%nsigned-in person: %d requests %s, p50 %d ms, p99 %d ms%n",
                attackers, times.size(), user, times.get(times.size() / 2), times.get(times.size() * 99 / 100));
        System.exit(0);
    }

    private static String signIn(String base, String email, String password) throws Exception {
        HttpResponse<String> answer = post(base, formOf(base), email, password);
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("could not sign in as " + email + ": " + answer.statusCode());
        }
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rd_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    /** The anti-forgery cookie and token of the sign-in page. */
    private static String[] formOf(String base) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rd_csrf="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no sign-in form at " + base);
        }
        return new String[] {cookie, token.group(1)};
    }

    private static HttpResponse<String> post(String base, String[] form, String email, String password) throws Exception {
        String body = "_csrf=" + encode(form[1]) + "&email=" + encode(email) + "&password=" + encode(password);
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/signin")).header("Cookie", form[0])
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
