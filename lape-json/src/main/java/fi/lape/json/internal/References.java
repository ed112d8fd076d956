package fi.lape.json.internal;

import fi.lape.core.Geography;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids a dataset declares and the references it makes, checked once the whole document is read
 * so that a reference may point forward and a duplicate is found wherever it stands. An id counts
 * as declared as soon as it is valid, even when the rest of its object is not, so that one broken
 * person does not also make every membership of that person a problem.
 */
final class References {
  /** The kinds of id a dataset declares. */
  enum Space {
    PERSON("person id", "person"),
    ORGANISATION("organisation id", "organisation"),
    GROUP("group id", "group"),
    MEMBERSHIP("membership id", "membership"),
    REGION("region code", "region"),
    MUNICIPALITY("municipality code", "municipality");

    final String declared;
    final String referred;

    Space(String declared, String referred) {
      this.declared = declared;
      this.referred = referred;
    }
  }

  private static final class Use {
    final Space space;
    final String id;
    final Tree.Node at;
    final String owner;

    Use(Space space, String id, Tree.Node at, String owner) {
      this.space = space;
      this.id = id;
      this.at = at;
      this.owner = owner;
    }
  }

  private final Problems problems;
  private final Map<Space, Map<String, String>> declared = new HashMap<>();
  private final List<Use> uses = new ArrayList<>();

  References(Problems problems) {
    this.problems = problems;
  }

  /** Declares {@code id} at {@code at}; a second declaration is a problem. */
  void declare(Space space, String id, Tree.Node at) {
    String first = declared.computeIfAbsent(space, s -> new HashMap<>()).putIfAbsent(id, at.pointer);
    if (first != null) {
      problems.add(at, String.format("%s %s is used twice (first at %s)", space.declared, id,
          first));
    }
  }

  /** Records that {@code owner} refers to {@code id} at {@code at}. */
  void use(Space space, String id, Tree.Node at, String owner) {
    uses.add(new Use(space, id, at, owner));
  }

  /** Reports every reference to an id that is neither declared nor in {@code geography}. */
  void resolve(Geography geography) {
    for (Use use : uses) {
      if (declared.getOrDefault(use.space, Map.of()).containsKey(use.id)) {
        continue;
      }
      if (use.space == Space.REGION) {
        if (geography.region(use.id).isEmpty()) {
          problems.add(use.at, String.format(
              "unknown region code %s: add it to the dataset's regions", use.id));
        }
      } else if (use.space == Space.MUNICIPALITY) {
        if (geography.municipality(use.id).isEmpty()) {
          problems.add(use.at, String.format(
              "unknown municipality code %s: add it to the dataset's municipalities", use.id));
        }
      } else {
        problems.add(use.at, String.format("%s refers to %s %s, which is not in the dataset",
            use.owner, use.space.referred, Text.abbreviate(use.id)));
      }
    }
  }
}
