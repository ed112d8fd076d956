package fi.lape.testkit.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import java.util.ArrayList;
import java.util.List;

/** Puts every list and set of a dataset in a random order, changing nothing else. */
public final class Shuffle {
  private Shuffle() {}

  /** {@code dataset} in a random order. */
  public static Dataset dataset(Rng rng, Dataset dataset) {
    List<Group> groups = new ArrayList<>();
    for (Group g : rng.shuffled(dataset.groups())) {
      groups.add(group(rng, g));
    }
    return Dataset.builder().from(dataset)
        .regions(rng.shuffled(dataset.regions()))
        .municipalities(rng.shuffled(dataset.municipalities()))
        .organisations(rng.shuffled(dataset.organisations()))
        .persons(rng.shuffled(dataset.persons()))
        .groups(groups)
        .build();
  }

  private static Group group(Rng rng, Group g) {
    List<Membership> memberships = new ArrayList<>();
    for (Membership m : rng.shuffled(g.memberships())) {
      memberships.add(Membership.builder().from(m)
          .sectors(rng.shuffled(m.sectors()))
          .voices(rng.shuffled(m.voices()))
          .duties(rng.shuffled(m.duties()))
          .build());
    }
    List<MeetingDay> days = new ArrayList<>();
    for (MeetingDay d : rng.shuffled(g.meetingDays())) {
      days.add(MeetingDay.builder().from(d).facilitatorIds(rng.shuffled(d.facilitatorIds()))
          .build());
    }
    return Group.builder().from(g)
        .memberships(memberships)
        .links(rng.shuffled(g.links()))
        .maintainerIds(rng.shuffled(g.maintainerIds()))
        .intakeDates(rng.shuffled(g.intakeDates()))
        .meetingDays(days)
        .build();
  }
}
