package app.rounddown.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Requests from another client address: on Linux all of 127.0.0.0/8 is this machine, so a test can be "a different
 * device" by sending from 127.0.0.2 and up. The app sees the address of the connection, as it would in production.
 */
public final class From {
    private From() {
    }

    public static RequestSpecification address(String address) {
        try {
            InetAddress local = InetAddress.getByName(address);
            return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.route.local-address", local)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
