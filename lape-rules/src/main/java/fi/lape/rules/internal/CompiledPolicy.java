package fi.lape.rules.internal;

import fi.lape.core.Group;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Requirement;
import java.util.ArrayList;
import java.util.List;

/** A policy prepared once per assessor: its switched-on requirements compiled for counting. */
public final class CompiledPolicy {
  private final CoveragePolicy policy;
  private final List<CompiledRequirement> requirements;

  /** Compiles {@code policy}. */
  public CompiledPolicy(CoveragePolicy policy) {
    this.policy = policy;
    List<CompiledRequirement> compiled = new ArrayList<>();
    for (Requirement requirement : policy.requirements()) {
      if (policy.isEnabled(requirement)) {
        compiled.add(new CompiledRequirement(requirement, policy));
      }
    }
    this.requirements = List.copyOf(compiled);
  }

  /** The policy. */
  public CoveragePolicy policy() {
    return policy;
  }

  /** The switched-on requirements that apply to {@code group}, in policy order. */
  List<CompiledRequirement> requirementsFor(Group group) {
    List<CompiledRequirement> applicable = new ArrayList<>(requirements.size());
    for (CompiledRequirement requirement : requirements) {
      if (requirement.appliesTo(group.kind(), group.scope().municipality())) {
        applicable.add(requirement);
      }
    }
    return applicable;
  }
}
