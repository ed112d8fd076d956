package fi.lape.json.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.json.LocatedDataset;
import fi.lape.json.SourceLocation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Lines and columns of values and member names by JSON Pointer. Reading binds without positions,
 * which is what makes it fast; only when there are problems to place (or places to return, for
 * {@link #locatedDataset}) is the text streamed a second time, recording the positions of the
 * pointers asked for and of their ancestors. A pointer that names nothing in the text (a missing
 * member) gets the position of its nearest ancestor that exists.
 */
final class Locations {
  private static final int[] NOWHERE = {0, 0};

  private final Map<String, int[]> values = new HashMap<>();
  private final Map<String, int[]> names = new HashMap<>();

  void putValue(String pointer, int line, int column) {
    values.putIfAbsent(pointer, new int[] {line, column});
  }

  void putName(String pointer, int line, int column) {
    names.putIfAbsent(pointer, new int[] {line, column});
  }

  /** Where the value at {@code pointer}, or its nearest existing ancestor, starts. */
  int[] value(String pointer) {
    String at = pointer;
    while (true) {
      int[] found = values.get(at);
      if (found != null) {
        return found;
      }
      if (at.isEmpty()) {
        return NOWHERE;
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  /** Where the name of the member at {@code pointer} starts, else where its value does. */
  int[] name(String pointer) {
    int[] found = names.get(pointer);
    return found != null ? found : value(pointer);
  }

  /**
   * The positions of {@code wanted} pointers and their ancestors in the document {@code parser}
   * reads (from its start). A syntax error ends the scan: what was recorded stays.
   */
  static Locations scan(JsonParser parser, Set<String> wanted) {
    Set<String> all = new HashSet<>();
    for (String pointer : wanted) {
      String at = pointer;
      while (all.add(at) && !at.isEmpty()) {
        at = at.substring(0, at.lastIndexOf('/'));
      }
    }
    Locations locations = new Locations();
    try {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamContext context = parser.streamReadContext();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
            && context.getParent() != null) {
          context = context.getParent();
        }
        String pointer = context.pathAsPointer().toString();
        if (!all.contains(pointer)) {
          if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
          }
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        if (token == JsonToken.PROPERTY_NAME) {
          locations.putName(pointer, at.getLineNr(), at.getColumnNr());
        } else {
          locations.putValue(pointer, at.getLineNr(), at.getColumnNr());
        }
      }
    } catch (JacksonException e) {
      // The first pass reported it; the places before it are known.
    }
    return locations;
  }

  /** {@code dataset} with the places its groups and memberships have in {@code parser}'s text. */
  static LocatedDataset locatedDataset(Dataset dataset, JsonParser parser) {
    Set<String> wanted = new HashSet<>();
    List<Group> all = dataset.groups();
    for (int i = 0; i < all.size(); i++) {
      wanted.add("/groups/" + i);
      for (int j = 0; j < all.get(i).memberships().size(); j++) {
        wanted.add("/groups/" + i + "/memberships/" + j);
      }
    }
    Locations locations = scan(parser, wanted);
    Map<String, SourceLocation> groups = new HashMap<>();
    Map<String, Map<String, SourceLocation>> memberships = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Group group = all.get(i);
      String at = "/groups/" + i;
      groups.put(group.id(), location(at, locations.value(at)));
      Map<String, SourceLocation> seats = new HashMap<>();
      for (int j = 0; j < group.memberships().size(); j++) {
        Membership m = group.memberships().get(j);
        String seat = at + "/memberships/" + j;
        seats.put(m.id(), location(seat, locations.value(seat)));
      }
      memberships.put(group.id(), seats);
    }
    return LocatedDataset.of(dataset, groups, memberships);
  }

  private static SourceLocation location(String pointer, int[] at) {
    return new SourceLocation(pointer, at[0], at[1]);
  }
}
