package fi.lape.advisor;

import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Severity;
import java.util.Optional;

/**
 * A finding no candidate of the pool can clear: a requirement nobody in the pool meets (with what
 * would count toward it), or a rule's finding that adding members does not remove.
 *
 * @param ruleId the catalogue rule
 * @param requirementId the requirement, for requirement-driven rules
 * @param severity the finding's severity
 * @param wouldSatisfy what would count toward the requirement, for requirements
 */
public record Unmeetable(String ruleId, Optional<String> requirementId, Severity severity,
    Optional<Criteria> wouldSatisfy) {}
