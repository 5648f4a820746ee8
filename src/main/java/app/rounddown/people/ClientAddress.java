package app.rounddown.people;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request came from. That is the connecting peer, so behind a proxy it is the proxy's, unless the
 * proxy settings in the README are on (quarkus.http.proxy.*): only then does Quarkus take X-Forwarded-For.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request == null ? null : request.remoteAddress();
        if (remote == null) {
            return "";
        }
        String host = remote.hostAddress() != null ? remote.hostAddress() : remote.host();
        return host == null ? "" : host;
    }
}
