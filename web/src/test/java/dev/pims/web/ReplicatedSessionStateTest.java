package dev.pims.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds can be replicated to another node of a cluster (web.xml {@code <distributable/>}): a
 * bean of a passivating scope ({@code @SessionScoped}, {@code @ViewScoped}, {@code @ConversationScoped},
 * {@code @FlowScoped}) in {@code dev.pims.web}, and what the code itself puts in a session.
 * <p>
 * The rule, by declared types: such a bean is {@link Serializable}, and each of its fields that is neither
 * {@code static} nor {@code transient} (its superclasses' too) is
 * <ul>
 *   <li>injected ({@code @Inject}) with an interface or a normal-scoped or Serializable class as its type: the
 *       container injects a client proxy, which is serializable, and Weld refuses at deployment any other injection
 *       into a passivating bean; a {@code Clock} is none of these, so a page looks it up instead ({@code Dates.clock()});
 *   <li>or of a primitive type, an enum, or a Serializable class; a {@code Collection}, {@code List}, {@code Set} or
 *       {@code Map} (the implementations PIMS makes, {@code ArrayList}, {@code HashMap}, {@code EnumMap},
 *       {@code List.of}, {@code Stream.toList}, are serializable) of such types. A type of PIMS ({@code dev.pims})
 *       must hold such fields itself, all the way down (records' components included), with the type arguments it is
 *       used with; a type of the JDK or a library is taken at its word, by {@code implements Serializable}.
 * </ul>
 * It reads declared types: a field declared as a serializable supertype may still hold an object that is not. So each
 * bean is also serialized and read back as its constructor leaves it.
 */
class ReplicatedSessionStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);
    private static final Set<Class<?>> COLLECTIONS =
            Set.of(Collection.class, List.class, Set.class, Map.class, SortedSet.class, SortedMap.class);
    private static final DescribedPredicate<JavaClass> OF_A_PASSIVATING_SCOPE = DescribedPredicate.describe(
            "are beans of a passivating scope "
                    + PASSIVATING_SCOPES.stream().map(Class::getSimpleName).toList(),
            type -> PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotatedWith));

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.pims.web");
    }

    @Test
    void everyBeanOfAPassivatingScopeKeepsOnlyWhatCanBeReplicated() {
        classes().that(OF_A_PASSIVATING_SCOPE).should(keepOnlyReplicableState()).check(web);
    }

    @Test
    void everyBeanOfAPassivatingScopeSurvivesARoundTripAsConstructed() throws Exception {
        List<Class<?>> beans = web.stream()
                .filter(OF_A_PASSIVATING_SCOPE)
                .map(JavaClass::reflect)
                .toList();
        assertThat(beans).isNotEmpty();
        for (Class<?> bean : beans) {
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            assertThat(roundTrip(instance)).as(bean.getName()).isInstanceOf(bean);
        }
    }

    @Test
    void theAttributesTheCodeSetsInASessionCanBeReplicated() throws Exception {
        // MemberSessionFilter: Integer, MemberActivityFilter and Logins: LocalDate, ReconsentFilter: Boolean.
        for (Class<?> attribute : List.of(Integer.class, LocalDate.class, Boolean.class)) {
            assertThat(problemsOf(attribute, attribute.getSimpleName(), new HashMap<>(), new HashSet<>()))
                    .as(attribute.getName())
                    .isEmpty();
        }
    }

    @Test
    void theRuleFindsWhatWouldBreakReplication() {
        assertThat(fieldProblems(HoldsAClock.class)).singleElement().asString().contains("clock");
        assertThat(fieldProblems(HoldsAListOfObjects.class))
                .singleElement()
                .asString()
                .contains("items");
        assertThat(fieldProblems(HoldsAFormWithAnOptional.class))
                .singleElement()
                .asString()
                .contains("reason");
        assertThat(fieldProblems(HoldsWhatItMay.class)).isEmpty();
    }

    private static ArchCondition<JavaClass> keepOnlyReplicableState() {
        return new ArchCondition<>("be Serializable and keep only replicable state in their fields") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                Class<?> type = bean.reflect();
                List<String> problems = new ArrayList<>();
                if (!Serializable.class.isAssignableFrom(type)) {
                    problems.add("is not Serializable");
                }
                problems.addAll(fieldProblems(type));
                events.add(new SimpleConditionEvent(
                        bean, problems.isEmpty(), bean.getName() + (problems.isEmpty() ? " ok" : " " + problems)));
            }
        };
    }

    /** What of a bean's own fields (and its superclasses') could not be replicated. */
    static List<String> fieldProblems(Class<?> bean) {
        List<String> problems = new ArrayList<>();
        for (Field field : stateOf(bean)) {
            String where = bean.getSimpleName() + "." + field.getName();
            if (field.isAnnotationPresent(Inject.class)) {
                Class<?> injected = field.getType();
                boolean proxied = injected.isInterface()
                        || Serializable.class.isAssignableFrom(injected)
                        || isNormalScoped(injected);
                if (!proxied) {
                    problems.add(where + ": injected " + injected.getName()
                            + " is neither an interface, a normal-scoped bean nor Serializable");
                }
            } else {
                problems.addAll(problemsOf(field.getGenericType(), where, new HashMap<>(), new HashSet<>()));
            }
        }
        return problems;
    }

    /**
     * @param bindings the type arguments a PIMS type is used with, by its type variables
     * @param seen     the PIMS types whose fields are being checked, so that a type referring to itself ends
     */
    private static List<String> problemsOf(
            Type type, Object where, Map<TypeVariable<?>, Type> bindings, Set<Class<?>> seen) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null
                    ? List.of(where + ": type variable " + variable + " is not bound")
                    : problemsOf(bound, where, bindings, seen);
        }
        if (type instanceof GenericArrayType array) {
            return problemsOf(array.getGenericComponentType(), where, bindings, seen);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            List<String> problems = new ArrayList<>();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (!COLLECTIONS.contains(raw)) {
                Map<TypeVariable<?>, Type> ofRaw = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    ofRaw.put(variables[i], resolved(arguments[i], bindings));
                }
                problems.addAll(problemsOf(raw, where, ofRaw, seen));
            }
            for (Type argument : arguments) {
                problems.addAll(problemsOf(argument, where, bindings, seen));
            }
            return problems;
        }
        if (!(type instanceof Class<?> declared)) {
            return List.of(where + ": " + type + " cannot be checked");
        }
        if (declared.isPrimitive() || declared.isEnum()) {
            return List.of();
        }
        if (declared.isArray()) {
            return problemsOf(declared.getComponentType(), where, bindings, seen);
        }
        if (!Serializable.class.isAssignableFrom(declared)) {
            return List.of(where + ": " + declared.getName() + " is not Serializable");
        }
        if (!declared.getName().startsWith("dev.pims.") || !seen.add(declared)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Field field : stateOf(declared)) {
            problems.addAll(problemsOf(
                    field.getGenericType(),
                    where + " → " + declared.getSimpleName() + "." + field.getName(),
                    bindings,
                    seen));
        }
        return problems;
    }

    private static Type resolved(Type argument, Map<TypeVariable<?>, Type> bindings) {
        return argument instanceof TypeVariable<?> variable && bindings.containsKey(variable)
                ? bindings.get(variable)
                : argument;
    }

    /** The fields serialization writes: neither static, transient nor made by the compiler, the superclasses' too. */
    private static List<Field> stateOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            if (level != type && !level.getName().startsWith("dev.pims.")) {
                break;
            }
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static boolean isNormalScoped(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(NormalScope.class)) {
                return true;
            }
        }
        return false;
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    private static final class HoldsAClock implements Serializable {
        private static final long serialVersionUID = 1L;

        @Inject
        private Clock clock;
    }

    private static final class HoldsAListOfObjects implements Serializable {
        private static final long serialVersionUID = 1L;
        private List<Object> items;
    }

    private record FormWithAnOptional(String text, Optional<String> reason) implements Serializable {}

    private static final class HoldsAFormWithAnOptional implements Serializable {
        private static final long serialVersionUID = 1L;
        private FormWithAnOptional form;
    }

    private static final class HoldsWhatItMay implements Serializable {
        private static final long serialVersionUID = 1L;

        @Inject
        private CookieRegistry registry;

        private transient Clock cached;
        private int count;
        private Map<Long, List<String>> names;
        private EnumMap<DayOfWeek, LocalDate> days;
    }
}
