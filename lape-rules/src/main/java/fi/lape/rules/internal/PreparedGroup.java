package fi.lape.rules.internal;

import fi.lape.core.Branch;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import java.util.List;
import java.util.Set;

/** Everything {@link FactBuilder} derived for one group on one day, and the facts for the rules. */
final class PreparedGroup {
  final Group group;
  final GroupFacts facts;
  final Set<Branch> branches;
  final List<Membership> active;

  PreparedGroup(Group group, GroupFacts facts, Set<Branch> branches, List<Membership> active) {
    this.group = group;
    this.facts = facts;
    this.branches = branches;
    this.active = active;
  }
}
