package app.rounddown.support;

import app.rounddown.mail.Delivery;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.activation.CommandMap;
import jakarta.activation.MailcapCommandMap;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real SMTP server in the tests' own process (GreenMail), on a free port the app's mailer is pointed at when it
 * starts. Tests start it when they need it and may stop it to play an outage; what arrived is read back per recipient,
 * since every test's people have addresses of their own.
 */
@QuarkusTestResource(Smtp.Port.class)
public final class Smtp {
    private static GreenMail server;

    private Smtp() {
    }

    /** Picks the port before the app starts, so quarkus.mailer.port can name it. */
    public static class Port implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of("quarkus.mailer.port", String.valueOf(socket.getLocalPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            Smtp.stop();
        }
    }

    public static synchronized void start() {
        if (server == null) {
            readMailWithJakartaMail();
            int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /**
     * The API contract checker brings the old javax mail API (com.sun.mail:mailapi, for e-mail formats), whose
     * META-INF/mailcap names javax handlers that Jakarta Activation cannot load; entries given here come first.
     */
    private static void readMailWithJakartaMail() {
        MailcapCommandMap map = new MailcapCommandMap();
        for (String type : List.of("text/plain", "text/html", "text/xml")) {
            map.addMailcap(type + ";; x-java-content-handler=org.eclipse.angus.mail.handlers." + type.replace('/', '_'));
        }
        map.addMailcap("multipart/*;; x-java-content-handler=org.eclipse.angus.mail.handlers.multipart_mixed");
        map.addMailcap("message/rfc822;; x-java-content-handler=org.eclipse.angus.mail.handlers.message_rfc822");
        CommandMap.setDefaultCommandMap(map);
    }

    /** Runs the delivery job until everything due at {@code now} has been tried, as the scheduled job would. */
    public static void deliverAllDue(Delivery delivery, Instant now) {
        while (delivery.deliverDue(now) > 0) {
            // each run leases what it tries, so this ends once everything due has been tried
        }
    }

    /** The mail server goes away: connections are refused until {@link #start()}. What arrived is forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message that arrived for this address since the server last started. */
    public static synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text part, the HTML part and each attachment by its file name. */
    public static Map<String, String> parts(Part part) throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        collect(part, found);
        return found;
    }

    private static void collect(Part part, Map<String, String> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
            return;
        }
        String text;
        try (InputStream in = part.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (part.getFileName() != null) {
            found.put(part.getFileName(), text);
        } else if (part.isMimeType("text/plain")) {
            found.put("text/plain", text);
        } else if (part.isMimeType("text/html")) {
            found.put("text/html", text);
        }
    }
}
