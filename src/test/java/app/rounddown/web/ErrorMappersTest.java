package app.rounddown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A person who reports a failure can quote the id that finds it in the log. */
class ErrorMappersTest {
    private static final UriInfo API_CALL = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> method.getName().equals("getPath") ? "/api/openings" : null);

    @AfterEach
    void forgetTheRequest() {
        MDC.remove(RequestIds.MDC_KEY);
    }

    @Test
    void anUnexpectedFailureQuotesTheRequestId() {
        MDC.put(RequestIds.MDC_KEY, "0123456789abcdef");
        Response response = new ErrorMappers().unexpected(new IllegalStateException("boom"), API_CALL);
        assertEquals(500, response.getStatus());
        String message = ((ApiError) response.getEntity()).message();
        assertTrue(message.endsWith("quote this request id: 0123456789abcdef."), message);
    }

    @Test
    void anOutageQuotesItToo() {
        MDC.put(RequestIds.MDC_KEY, "fedcba9876543210");
        Response response = new ErrorMappers().unexpected(new RuntimeException(new ConnectException()), API_CALL);
        assertEquals(503, response.getStatus());
        assertTrue(((ApiError) response.getEntity()).message().contains("fedcba9876543210"));
    }
}
