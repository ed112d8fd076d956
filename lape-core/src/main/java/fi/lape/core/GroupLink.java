package fi.lape.core;

import org.immutables.value.Value;

/**
 * A link from one group to another, e.g. a municipal LAPE group that {@link LinkRelation#CONSULTS}
 * the town's youth council.
 */
@Value.Immutable
public abstract class GroupLink {
  GroupLink() {}

  /** The id of the linked group. */
  @Value.Parameter
  public abstract String groupId();

  /** How the owning group relates to the linked one. */
  @Value.Parameter
  public abstract LinkRelation relation();

  /** A link to {@code groupId} with {@code relation}. */
  public static GroupLink of(String groupId, LinkRelation relation) {
    return ImmutableGroupLink.of(groupId, relation);
  }
}
