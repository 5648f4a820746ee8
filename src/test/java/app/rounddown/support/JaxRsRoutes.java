package app.rounddown.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.TreeSet;

/**
 * Every route the app serves, read from its resource classes (@Path and the HTTP method annotations): pages,
 * forms and the API alike. The OpenAPI document lists the API only, so the access walk reads the code.
 */
public final class JaxRsRoutes {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static List<String> routes;

    private JaxRsRoutes() {
    }

    /** "GET /candidates/{id}", sorted. */
    public static synchronized List<String> all() {
        if (routes == null) {
            TreeSet<String> found = new TreeSet<>();
            for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("app.rounddown")) {
                if (!type.isAnnotatedWith("jakarta.ws.rs.Path")) {
                    continue;
                }
                String base = pathOf(type.getAnnotationOfType("jakarta.ws.rs.Path").get("value").orElse("").toString());
                for (JavaMethod method : type.getMethods()) {
                    for (String http : METHODS) {
                        if (method.isAnnotatedWith("jakarta.ws.rs." + http)) {
                            String sub = method.isAnnotatedWith("jakarta.ws.rs.Path")
                                    ? method.getAnnotationOfType("jakarta.ws.rs.Path").get("value").orElse("").toString() : "";
                            found.add(http + " " + join(base, sub));
                        }
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String path = (base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String pathOf(String value) {
        return value.startsWith("/") ? value : "/" + value;
    }
}
