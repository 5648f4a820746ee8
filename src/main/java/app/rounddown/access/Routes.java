package app.rounddown.access;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;

/** The route template of a resource method, as the access table writes it: "POST /applications/{id}/moves". */
public final class Routes {
    private Routes() {
    }

    public static String template(Class<?> resource, Method method) {
        Path classPath = resource.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String joined = "/" + (classPath == null ? "" : classPath.value()) + "/"
                + (methodPath == null ? "" : methodPath.value());
        String normalised = joined.replaceAll("/+", "/");
        return normalised.length() > 1 && normalised.endsWith("/")
                ? normalised.substring(0, normalised.length() - 1) : normalised;
    }
}
