package fi.lape.report.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON pointers of a dataset's groups and memberships in its dataset document, from the
 * dataset's order, which lape-json keeps as read: {@code /groups/3} and {@code
 * /groups/3/memberships/1}.
 */
final class SourcePointers {
  private final Map<String, String> groups = new HashMap<>();
  private final Map<String, Map<String, String>> memberships = new HashMap<>();

  SourcePointers(Dataset dataset) {
    List<Group> all = dataset.groups();
    for (int g = 0; g < all.size(); g++) {
      Group group = all.get(g);
      String pointer = "/groups/" + g;
      groups.put(group.id(), pointer);
      Map<String, String> seats = new HashMap<>();
      for (int m = 0; m < group.memberships().size(); m++) {
        seats.put(group.memberships().get(m).id(), pointer + "/memberships/" + m);
      }
      memberships.put(group.id(), seats);
    }
  }

  /** The pointer of the group with {@code groupId}. */
  Optional<String> group(String groupId) {
    return Optional.ofNullable(groups.get(groupId));
  }

  /** The pointer of membership {@code membershipId} of group {@code groupId}. */
  Optional<String> membership(String groupId, String membershipId) {
    return Optional.ofNullable(memberships.getOrDefault(groupId, Map.of()).get(membershipId));
  }
}
