package app.rounddown.mail;

import app.rounddown.web.Flash;
import app.rounddown.web.InvalidInput;
import app.rounddown.web.Page;
import app.rounddown.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/** The admin's Outbox: every message queued, sent or failed, newest first, each one readable, failed ones sent again. */
@Path("/outbox")
@Produces(MediaType.TEXT_HTML)
public class OutboxResource {
    static final String PAGE_SIZE = "50";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<OutboxMessage> messages, String status, List<MessageStatus> statuses,
                                            String base, String problem);

        static native TemplateInstance message(OutboxMessage message, List<OutboxAttachment> attachments);
    }

    @Inject
    Outbox outbox;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") String page) {
        PageRequest request = PageRequest.parse(page, PAGE_SIZE);
        MessageStatus only = Arrays.stream(MessageStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        String problem = only == null && status != null && !status.isBlank()
                ? "Choose queued, sent or failed; all messages are shown." : null;
        List<OutboxMessage> items = only == null
                ? OutboxMessage.<OutboxMessage>find("order by createdAt desc, id desc").page(request.page(), request.size()).list()
                : OutboxMessage.<OutboxMessage>find("status = ?1 order by createdAt desc, id desc", only)
                .page(request.page(), request.size()).list();
        long total = only == null ? OutboxMessage.count() : OutboxMessage.count("status", only);
        String shown = only == null ? "" : only.name();
        return Templates.list(Page.of(items, request, total), shown, List.of(MessageStatus.values()),
                "/outbox?status=" + shown + "&", problem);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(Long id) {
        OutboxMessage message = Outbox.find(id);
        return Templates.message(message, message.attachments());
    }

    @POST
    @Path("{id}/resends")
    public Response resend(Long id) {
        try {
            OutboxMessage message = outbox.resend(id);
            return Flash.success("/outbox/" + id, "The message to " + message.toAddress + " is queued again; it goes "
                    + "out within a few seconds.");
        } catch (InvalidInput refused) {
            return Flash.problem("/outbox/" + id, refused.errors().asList().get(0).message());
        }
    }
}
