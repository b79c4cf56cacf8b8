package dev.pims.audit.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessDetail;
import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessReason;
import dev.pims.audit.DataSubject;
import dev.pims.audit.DataSubjects;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.audit.domain.AccessRecord;
import dev.pims.shared.DataCategory;
import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * Writes one access record for every call of a {@link PersonalDataAccess} method. It is the only road to personal
 * data, so it records before it lets an exception through: no access, allowed or not, goes unrecorded.
 */
@PersonalDataAccess
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PersonalDataAccessInterceptor {

    private static final Map<Method, PersonalDataAccess> BINDINGS = new ConcurrentHashMap<>();

    @Inject
    private Actors actors;

    @Inject
    private AccessRecorder recorder;

    @Inject
    private Clock clock;

    @AroundInvoke
    public Object recordAccess(InvocationContext invocation) throws Exception {
        Actor actor = actors.current();
        PersonalDataAccess access = bindingOf(invocation);
        Object result;
        try {
            actors.requireOneOf(access.roles());
            result = invocation.proceed();
        } catch (Exception failure) {
            recorder.recordOnItsOwn(record(invocation, access, actor, null, outcomeOf(failure)));
            throw failure;
        }
        recorder.recordWithTheWork(record(invocation, access, actor, result, AccessOutcome.SUCCESS));
        return result;
    }

    private AccessRecord record(InvocationContext invocation, PersonalDataAccess access, Actor actor, Object result,
            AccessOutcome outcome) {
        Method method = invocation.getMethod();
        return new AccessRecord(
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                actor.id(), actor.role(), actor.clientAddress(),
                subjectsOf(invocation, result, actor),
                access.task(), categories(access.categories()),
                method.getDeclaringClass().getSimpleName() + "." + method.getName(),
                outcome, reasonOf(invocation),
                result instanceof AccessDetail detailed ? detailed.accessDetail() : null);
    }

    private static String reasonOf(InvocationContext invocation) {
        Annotation[][] parameterAnnotations = invocation.getMethod().getParameterAnnotations();
        Object[] parameters = parametersOf(invocation);
        for (int i = 0; i < parameters.length; i++) {
            if (Arrays.stream(parameterAnnotations[i]).anyMatch(AccessReason.class::isInstance)
                    && parameters[i] != null) {
                return parameters[i].toString();
            }
        }
        return null;
    }

    /** The EJB container hands over no array at all for a method without parameters. */
    private static Object[] parametersOf(InvocationContext invocation) {
        return invocation.getParameters() == null ? new Object[0] : invocation.getParameters();
    }

    private static AccessOutcome outcomeOf(Exception failure) {
        if (failure instanceof AccessDeniedException || failure instanceof EJBAccessException
                || failure instanceof SecurityException) {
            return AccessOutcome.DENIED;
        }
        return AccessOutcome.ERROR;
    }

    /** Jakarta Interceptors 2.1 cannot hand the binding over, so it is read once per method and remembered. */
    private static PersonalDataAccess bindingOf(InvocationContext invocation) {
        return BINDINGS.computeIfAbsent(invocation.getMethod(), method -> {
            PersonalDataAccess onMethod = method.getAnnotation(PersonalDataAccess.class);
            PersonalDataAccess binding = onMethod != null
                    ? onMethod : method.getDeclaringClass().getAnnotation(PersonalDataAccess.class);
            if (binding == null) {
                throw new IllegalStateException("No @PersonalDataAccess on " + method);
            }
            return binding;
        });
    }

    private static Set<DataCategory> categories(DataCategory[] categories) {
        return categories.length == 0 ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(List.of(categories));
    }

    private static Collection<Long> subjectsOf(InvocationContext invocation, Object result, Actor actor) {
        Set<Long> subjects = new LinkedHashSet<>();
        Annotation[][] parameterAnnotations = invocation.getMethod().getParameterAnnotations();
        Object[] parameters = parametersOf(invocation);
        for (int i = 0; i < parameters.length; i++) {
            if (Arrays.stream(parameterAnnotations[i]).anyMatch(DataSubject.class::isInstance)) {
                addSubjects(subjects, parameters[i]);
            }
        }
        if (result instanceof DataSubjects named) {
            subjects.addAll(named.dataSubjectIds());
        }
        if (subjects.isEmpty() && actor.memberId() != null) {
            subjects.add(actor.memberId());
        }
        return subjects;
    }

    private static void addSubjects(Set<Long> subjects, Object parameter) {
        if (parameter instanceof Number id) {
            subjects.add(id.longValue());
        } else if (parameter instanceof DataSubjects named) {
            subjects.addAll(named.dataSubjectIds());
        } else if (parameter instanceof Collection<?> ids) {
            ids.forEach(id -> addSubjects(subjects, id));
        }
    }
}
