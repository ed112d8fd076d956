package fi.lape.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every lape value type: package-private implementations behind public
 * abstract types, public nested builders, JDK collections only, and lape's own exception for a
 * value that cannot be built.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "branch:branches", "duty:duties", "municipality:municipalities", "witness:witnesses",
      "anyOfBranch:anyOfBranches", "linkedGroupKind:linkedGroupKinds"
    },
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = fi.lape.core.LapeValidationException.class,
    privateNoargConstructor = false)
public @interface LapeStyle {}
