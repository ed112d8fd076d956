package fi.lape.json.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.json.LocatedDataset;
import fi.lape.json.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The places of a read dataset's groups and memberships, from the positions of its tree. */
final class Locations {
  private Locations() {}

  /** {@code dataset} with the places its groups and memberships have under {@code root}. */
  static LocatedDataset of(Dataset dataset, Tree.Node root) {
    Map<String, SourceLocation> groups = new HashMap<>();
    Map<String, Map<String, SourceLocation>> memberships = new HashMap<>();
    List<Group> all = dataset.groups();
    for (int i = 0; i < all.size(); i++) {
      Group group = all.get(i);
      String at = "/groups/" + i;
      groups.put(group.id(), location(Tree.find(root, at)));
      Map<String, SourceLocation> seats = new HashMap<>();
      for (int j = 0; j < group.memberships().size(); j++) {
        Membership m = group.memberships().get(j);
        seats.put(m.id(), location(Tree.find(root, at + "/memberships/" + j)));
      }
      memberships.put(group.id(), seats);
    }
    return LocatedDataset.of(dataset, groups, memberships);
  }

  private static SourceLocation location(Tree.Node node) {
    return new SourceLocation(node.pointer, node.line, node.column);
  }
}
