package app.rounddown.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@CheckedTemplate(basePath = "errors")
public class ErrorPages {
    public static native TemplateInstance problem(String title, String message);
}
