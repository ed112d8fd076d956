package fi.lape.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that holds personal data (a name, contact details or gender). Such attributes are
 * optional, left out of {@code toString()}, never written into messages or reports, and dropped by
 * {@link Dataset#withoutPersonalData()} and by the JSON writer's pseudonymising option.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {}
