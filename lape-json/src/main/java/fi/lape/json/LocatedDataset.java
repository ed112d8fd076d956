package fi.lape.json;

import fi.lape.core.Dataset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset read from a document, with the place in that document of every group and membership,
 * so that a report can point at the line where a group or a seat is written. Immutable.
 *
 * <pre>{@code
 * LocatedDataset read = LapeJson.standard().readLocatedDataset(Path.of("groups.json"));
 * Dataset dataset = read.dataset();
 * read.locationOf("orimattila-lape");          // Optional[/groups/0, line 12, column 5]
 * read.locationOf("orimattila-lape", "m-001"); // Optional[/groups/0/memberships/0, ...]
 * }</pre>
 */
public final class LocatedDataset {
  private final Dataset dataset;
  private final Map<String, SourceLocation> groups;
  private final Map<String, Map<String, SourceLocation>> memberships;

  private LocatedDataset(Dataset dataset, Map<String, SourceLocation> groups,
      Map<String, Map<String, SourceLocation>> memberships) {
    this.dataset = dataset;
    this.groups = Map.copyOf(groups);
    Map<String, Map<String, SourceLocation>> copy = new java.util.HashMap<>();
    memberships.forEach((group, seats) -> copy.put(group, Map.copyOf(seats)));
    this.memberships = Map.copyOf(copy);
  }

  /**
   * A dataset with the locations of its groups, by group id, and of its memberships, by group id
   * and then membership id. lape-json's reader makes these; tests of tools that use them may too.
   */
  public static LocatedDataset of(Dataset dataset, Map<String, SourceLocation> groups,
      Map<String, Map<String, SourceLocation>> memberships) {
    return new LocatedDataset(Objects.requireNonNull(dataset, "dataset"), groups, memberships);
  }

  /** The dataset. */
  public Dataset dataset() {
    return dataset;
  }

  /** Where the group {@code groupId} is written (its object), or empty for an unknown id. */
  public Optional<SourceLocation> locationOf(String groupId) {
    return Optional.ofNullable(groups.get(groupId));
  }

  /**
   * Where the membership {@code membershipId} of group {@code groupId} is written (its object), or
   * empty when the group has no such membership.
   */
  public Optional<SourceLocation> locationOf(String groupId, String membershipId) {
    return Optional.ofNullable(memberships.getOrDefault(groupId, Map.of()).get(membershipId));
  }

  @Override
  public String toString() {
    return "LocatedDataset{" + groups.size() + " groups}";
  }
}
