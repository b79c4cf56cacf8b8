package dev.pims.web.it;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The order of the integration test classes (failsafe's {@code junit.jupiter.testclass.order.default}): first those
 * that run a server of their own, then those that share {@link SharedPims}, each by name, so that the shared server
 * starts once and is not stopped for a class of the other kind.
 */
public class OwnServersFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing(OwnServersFirst::sharesTheServer)
                        .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static boolean sharesTheServer(ClassDescriptor descriptor) {
        return AnnotationSupport.findRepeatableAnnotations(descriptor.getTestClass(), ExtendWith.class).stream()
                .flatMap(extendWith -> Arrays.stream(extendWith.value()))
                .anyMatch(SharedPims.class::equals);
    }
}
