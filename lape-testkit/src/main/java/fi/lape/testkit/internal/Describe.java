package fi.lape.testkit.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupLink;
import fi.lape.core.Membership;
import fi.lape.testkit.GroupCase;
import java.util.Optional;

/**
 * A compact, complete description of a group case for failure messages: one line per membership
 * and link, by id. Never a person's name or contact details.
 */
public final class Describe {
  private Describe() {}

  /** The description of {@code example}. */
  public static String groupCase(GroupCase example) {
    Dataset d = example.dataset();
    Group g = example.group();
    StringBuilder s = new StringBuilder();
    s.append("group ").append(g.id()).append(" (").append(g.kind()).append(", ")
        .append(g.scope()).append(") as of ").append(example.asOf()).append(": ")
        .append(g.memberships().size()).append(" memberships, ")
        .append(example.activeMemberships().size()).append(" active; dataset of ")
        .append(d.groups().size()).append(" groups, ").append(d.persons().size())
        .append(" persons, ").append(d.organisations().size()).append(" organisations");
    g.term().ifPresent(t -> s.append("\n  term ").append(t));
    g.capacity().ifPresent(c -> s.append("\n  capacity ").append(c));
    if (!g.intakeDates().isEmpty()) {
      s.append("\n  intake dates ").append(g.intakeDates());
    }
    if (!g.maintainerIds().isEmpty()) {
      s.append("\n  maintained by ").append(g.maintainerIds());
    }
    for (Membership m : g.memberships()) {
      s.append("\n  ").append(m.isActiveOn(example.asOf()) ? "active   " : "inactive ")
          .append(m.id()).append(" person ").append(m.personId())
          .append(" org ").append(m.organisationId().orElse("-"))
          .append(' ').append(m.role());
      if (!m.sectors().isEmpty()) {
        s.append(" sectors ").append(m.sectors());
      }
      if (!m.voices().isEmpty()) {
        s.append(" voices ").append(m.voices());
      }
      if (!m.duties().isEmpty()) {
        s.append(" duties ").append(m.duties());
      }
      m.deputyOf().ifPresent(x -> s.append(" deputy of ").append(x));
      s.append(' ').append(m.term());
    }
    for (GroupLink link : g.links()) {
      Optional<Group> to = d.group(link.groupId());
      s.append("\n  link ").append(link.relation()).append(' ').append(link.groupId())
          .append(" (").append(to.map(x -> x.kind().toString()).orElse("?")).append(')');
    }
    return s.toString();
  }
}
