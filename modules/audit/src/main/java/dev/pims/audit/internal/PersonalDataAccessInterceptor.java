package dev.pims.audit.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessDetail;
import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessReason;
import dev.pims.audit.AccessedCategories;
import dev.pims.audit.DataSubject;
import dev.pims.audit.DataSubjects;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.audit.records.AccessRecord;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Writes one access record for every call of a {@link PersonalDataAccess} method. It is the only road to personal
 * data, so it records before it lets an exception through: no access, allowed or not, goes unrecorded.
 */
@PersonalDataAccess
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PersonalDataAccessInterceptor {

    private static final Map<Method, AuditedMethod> METHODS = new ConcurrentHashMap<>();

    /**
     * What the interceptor needs of a method, read once: Jakarta Interceptors 2.1 cannot hand the binding over, and
     * reflection on parameter annotations copies arrays on every call.
     */
    private record AuditedMethod(
            PersonalDataAccess access, String operation, int[] subjectParameters, int reasonParameter) {

        static AuditedMethod of(Method method) {
            PersonalDataAccess onMethod = method.getAnnotation(PersonalDataAccess.class);
            PersonalDataAccess binding =
                    onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(PersonalDataAccess.class);
            if (binding == null) {
                throw new IllegalStateException("No @PersonalDataAccess on " + method);
            }
            Annotation[][] annotations = method.getParameterAnnotations();
            int[] subjects = IntStream.range(0, annotations.length)
                    .filter(i -> Arrays.stream(annotations[i]).anyMatch(DataSubject.class::isInstance))
                    .toArray();
            int reason = IntStream.range(0, annotations.length)
                    .filter(i -> Arrays.stream(annotations[i]).anyMatch(AccessReason.class::isInstance))
                    .findFirst()
                    .orElse(-1);
            return new AuditedMethod(
                    binding, method.getDeclaringClass().getSimpleName() + "." + method.getName(), subjects, reason);
        }
    }

    @Inject
    private Actors actors;

    @Inject
    private AccessRecorder recorder;

    @Inject
    private Clock clock;

    @AroundInvoke
    public Object recordAccess(InvocationContext invocation) throws Exception {
        Actor actor = actors.current();
        AuditedMethod access = METHODS.computeIfAbsent(invocation.getMethod(), AuditedMethod::of);
        Object result;
        try {
            actors.requireOneOf(access.access().roles());
            result = invocation.proceed();
        } catch (Exception failure) {
            // A refusal that names whose data was asked for (a login's account) names them in its record too.
            Object named = failure instanceof DataSubjects ? failure : null;
            recorder.recordOnItsOwn(record(invocation, access, actor, named, outcomeOf(failure)));
            throw failure;
        }
        recorder.recordWithTheWork(record(invocation, access, actor, result, AccessOutcome.SUCCESS));
        return result;
    }

    private AccessRecord record(
            InvocationContext invocation, AuditedMethod access, Actor actor, Object result, AccessOutcome outcome) {
        Object[] parameters = parametersOf(invocation);
        Object reason = access.reasonParameter() < 0 ? null : parameters[access.reasonParameter()];
        return new AccessRecord(
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                actor.id(),
                actor.role(),
                actor.clientAddress(),
                subjectsOf(access, parameters, result, actor),
                access.access().task(),
                categories(access.access().categories(), result),
                access.operation(),
                outcome,
                reason == null ? null : reason.toString(),
                result instanceof AccessDetail detailed ? detailed.accessDetail() : null);
    }

    /** The EJB container hands over no array at all for a method without parameters. */
    private static Object[] parametersOf(InvocationContext invocation) {
        return invocation.getParameters() == null ? new Object[0] : invocation.getParameters();
    }

    private static AccessOutcome outcomeOf(Exception failure) {
        if (failure instanceof AccessDeniedException
                || failure instanceof EJBAccessException
                || failure instanceof SecurityException) {
            return AccessOutcome.DENIED;
        }
        return AccessOutcome.ERROR;
    }

    /**
     * The categories the method declares, or, when its result says which of them it actually held
     * ({@link AccessedCategories}), only those: a handler's view records the categories shown to that handler.
     */
    private static Set<DataCategory> categories(DataCategory[] categories, Object result) {
        Set<DataCategory> declared =
                categories.length == 0 ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(List.of(categories));
        if (result instanceof AccessedCategories accessed) {
            declared.retainAll(accessed.accessedCategories());
        }
        return declared;
    }

    private static Collection<Long> subjectsOf(AuditedMethod access, Object[] parameters, Object result, Actor actor) {
        Set<Long> subjects = new LinkedHashSet<>();
        for (int parameter : access.subjectParameters()) {
            addSubjects(subjects, parameters[parameter]);
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
