package app.rounddown.support;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Starts the HTML checker as the test run begins, side by side with the app's start, when the run has page tests. */
public class CheckerWarmUp implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean pageTests = plan.countTestIdentifiers(id -> id.getSource().filter(ClassSource.class::isInstance)
                .map(source -> !((ClassSource) source).getClassName().endsWith("IT")).orElse(false)) > 0;
        if (pageTests) {
            HtmlChecker.warmUpInBackground();
        }
    }
}
