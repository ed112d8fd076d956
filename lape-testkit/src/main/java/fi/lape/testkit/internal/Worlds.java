package fi.lape.testkit.internal;

import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Scope;
import java.util.List;
import java.util.Optional;

/**
 * Random worlds: a region's steering group, and for each chosen municipality its LAPE group and
 * some of its other groups, with every {@link GroupKind} present at least once, linked as the seeds
 * describe.
 */
public final class Worlds {
  private static final List<GroupKind> LOCAL_KINDS = List.of(GroupKind.PROJECT_STEERING_GROUP,
      GroupKind.YOUTH_COUNCIL, GroupKind.PUPIL_COUNCIL, GroupKind.PARENTS_ASSOCIATION,
      GroupKind.CUSTOMER_PANEL, GroupKind.MEETING_PLACE);

  private Worlds() {}

  /** A world of every group kind; {@code size} bounds the members per group and the municipalities. */
  public static World full(Rng rng, int size, boolean personalData) {
    World world = World.create(rng, Optional.empty(), size / 10, personalData);
    String first = world.municipalities().get(0);
    add(world, GroupKind.REGIONAL_STEERING_GROUP, first, size);
    for (String municipality : world.municipalities()) {
      add(world, GroupKind.MUNICIPAL_LAPE_GROUP, municipality, size);
      for (GroupKind kind : LOCAL_KINDS) {
        if (municipality.equals(first) || rng.percent(50)) {
          add(world, kind, municipality, size);
        }
      }
    }
    add(world, GroupKind.PARENTS_ADVISORY_GROUP, first, size);
    add(world, GroupKind.YOUTH_ADVISORY_GROUP, first, size);
    link(world, Optional.empty());
    return world;
  }

  /** Adds {@code count} random groups of random kinds, as context around a generated group. */
  public static void context(World world, int count, int size) {
    for (int i = 0; i < count; i++) {
      add(world, world.rng().pick(GroupKind.values()), world.rng().pick(world.municipalities()),
          size);
    }
  }

  /** Links the world's groups to each other, except the links of {@code fixed}, left as they are. */
  public static void link(World world, Optional<String> fixed) {
    for (Group g : world.groups()) {
      if (fixed.map(g.id()::equals).orElse(false)) {
        continue;
      }
      // A link counts in either direction (LAPE-M05): no other group links to the planned one,
      // whose coverage is known by construction.
      world.put(Group.builder().from(g).links(RandomGroups.links(world, g).stream()
          .filter(l -> fixed.map(id -> !id.equals(l.groupId())).orElse(true))
          .toList()).build());
    }
  }

  private static void add(World world, GroupKind kind, String municipality, int size) {
    Scope scope = RandomGroups.scope(world, kind, municipality);
    world.put(RandomGroups.make(world, kind, scope, size));
  }
}
