package fi.lape.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON document that remembers where each value and member name stood, so that every
 * problem found while binding can name its line and column. Jackson's own tree keeps no locations.
 */
final class Tree {
  private Tree() {}

  /** A value with its JSON Pointer and the position of its first character. */
  abstract static class Node {
    final String pointer;
    final int line;
    final int column;

    Node(String pointer, int line, int column) {
      this.pointer = pointer;
      this.line = line;
      this.column = column;
    }

    /** The JSON type, for messages: object, array, string, number, boolean or null. */
    abstract String type();
  }

  /** An object; members keep their document order. */
  static final class Obj extends Node {
    final Map<String, Member> members = new LinkedHashMap<>();

    Obj(String pointer, int line, int column) {
      super(pointer, line, column);
    }

    Node get(String name) {
      Member member = members.get(name);
      return member == null ? null : member.value;
    }

    @Override
    String type() {
      return "an object";
    }
  }

  /** A member of an object, with the position of its name. */
  static final class Member {
    final String name;
    final int line;
    final int column;
    final Node value;

    Member(String name, int line, int column, Node value) {
      this.name = name;
      this.line = line;
      this.column = column;
      this.value = value;
    }
  }

  /** An array. */
  static final class Arr extends Node {
    final List<Node> items = new ArrayList<>();

    Arr(String pointer, int line, int column) {
      super(pointer, line, column);
    }

    @Override
    String type() {
      return "an array";
    }
  }

  /** A string, number, boolean or null; numbers keep their text. */
  static final class Scalar extends Node {
    enum Kind {
      STRING("a string"), INTEGER("a number"), DECIMAL("a number"), BOOLEAN("a boolean"),
      NULL("null");

      final String description;

      Kind(String description) {
        this.description = description;
      }
    }

    final Kind kind;
    final String text;

    Scalar(String pointer, int line, int column, Kind kind, String text) {
      super(pointer, line, column);
      this.kind = kind;
      this.text = text;
    }

    @Override
    String type() {
      return kind.description;
    }
  }

  /** {@code pointer} extended by an object member, escaped per RFC 6901. */
  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** {@code pointer} extended by an array index. */
  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /**
   * The node at {@code pointer}, or the deepest node on the way to it when the rest does not
   * exist, so that a problem found later always has a position.
   */
  static Node find(Node root, String pointer) {
    Node node = root;
    if (pointer.isEmpty()) {
      return node;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (node instanceof Obj) {
        next = ((Obj) node).get(name);
      } else if (node instanceof Arr && name.matches("\\d{1,9}")) {
        List<Node> items = ((Arr) node).items;
        int index = Integer.parseInt(name);
        next = index < items.size() ? items.get(index) : null;
      }
      if (next == null) {
        return node;
      }
      node = next;
    }
    return node;
  }
}
