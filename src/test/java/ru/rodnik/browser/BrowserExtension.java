package ru.rodnik.browser;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Gives a browser test class one {@link Browser} for all its tests: started before the first test, put into each test
 * instance's field of type {@code Browser}, and closed after the last test. A browser start costs seconds, a page
 * milliseconds; a test that needs a fresh session or language says so itself (see {@link Browser#signInAfresh}).
 */
final class BrowserExtension implements BeforeAllCallback, TestInstancePostProcessor, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Browser.class, Browser.start());
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser == null) {
            throw new IllegalStateException(
                    "No browser was started for " + testInstance.getClass().getSimpleName()
                            + ": a test instance per class is created before the browser starts.");
        }
        List<Field> fields = ReflectionSupport.findFields(
                testInstance.getClass(),
                field -> field.getType() == Browser.class && !Modifier.isStatic(field.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN);
        if (fields.isEmpty()) {
            throw new IllegalStateException(
                    testInstance.getClass().getSimpleName() + " uses the browser extension but has no Browser field.");
        }
        for (Field field : fields) {
            field.setAccessible(true);
            field.set(testInstance, browser);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
