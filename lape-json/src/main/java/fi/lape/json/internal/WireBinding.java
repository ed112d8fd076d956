package fi.lape.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.lape.json.ProblemCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * Jackson's data binding of the {@link Wire} records, built once per set of options: a {@link
 * JsonMapper} over the reader's factory (so the same stream limits apply), where a value of the
 * wrong JSON type and a member the format does not define are recorded as problems with their
 * pointers and skipped, so that one pass finds them all. Reading goes through a {@link WireParser}.
 */
final class WireBinding {
  private static final Map<Class<?>, List<String>> MEMBERS = new ConcurrentHashMap<>();

  private final JsonMapper mapper;

  WireBinding(JsonFactory factory, Options options) {
    SimpleModule module = new SimpleModule("lape-wire");
    module.addDeserializer(String.class, new StringValue());
    module.addDeserializer(Wire.Whole.class, new WholeValue());
    module.addDeserializer(Boolean.class, new BooleanValue());
    module.setDeserializerModifier(new Shapes());
    // Trailing content is checked by the reader (its own problem); exceptions thrown while binding
    // (Problems.Full) pass unwrapped.
    this.mapper = JsonMapper.builder(factory)
        .addModule(module)
        .addHandler(new UnknownMembers(options.allowUnknownFields()))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.WRAP_EXCEPTIONS)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** A parser over the UTF-8 {@code bytes} for {@link #readDocument}. */
  JsonParser parser(byte[] bytes) {
    return mapper.createParser(bytes);
  }

  /** A parser over {@code text} for {@link #readDocument}. */
  JsonParser parser(String text) {
    return mapper.createParser(text);
  }

  /**
   * Binds the document {@code parser} reads as a {@code type}; null when it is empty or not JSON
   * (the problem is recorded). Other problems are recorded and the value is bound all the same.
   */
  <T> T readDocument(WireParser parser, Class<T> type) {
    Problems problems = parser.problems();
    try {
      if (parser.nextToken() == null) {
        problems.add("", 1, 1, ProblemCode.EMPTY_DOCUMENT, "emptyDocument");
        return null;
      }
      T value = mapper.readValue(parser, type);
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add("", at.getLineNr(), at.getColumnNr(), ProblemCode.TRAILING_CONTENT,
            "trailingContent");
        return null;
      }
      return value;
    } catch (JacksonException e) {
      // What binding found so far may be an effect of the error: only repeated members stay.
      problems.retainRepeatedMembers();
      Syntax.problem(problems, parser.errorPointer(), parser, parser.errorLocation(), e);
      return null;
    }
  }

  /**
   * Binds the value at the current token of an application's {@code parser} as a {@code type};
   * null when it is malformed (recorded).
   */
  <T> T readPart(WireParser parser, Class<T> type) {
    try {
      if (!parser.hasCurrentToken() && parser.nextToken() == null) {
        TokenStreamLocation at = parser.currentLocation();
        parser.problems().add("", at.getLineNr(), at.getColumnNr(), ProblemCode.EMPTY_DOCUMENT,
            "emptyDocument");
        return null;
      }
      return mapper.readValue(parser, type);
    } catch (JacksonException e) {
      parser.problems().retainRepeatedMembers();
      Syntax.problem(parser.problems(), parser.errorPointer(), parser, parser.errorLocation(), e);
      return null;
    }
  }

  /**
   * The message key and arguments for a member {@code name} among {@code known} ones: the member
   * meant when it differs only in case or underscores, or is Popolo's name for it.
   */
  static Object[] unknownMember(String name, List<String> known) {
    String plain = name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      // Popolo writes start_date and end_date; lape's terms say start and end.
      if (lower.equals(plain) || (lower + "date").equals(plain)) {
        return new Object[] {"unknownMember.didYouMean", Text.name(name), candidate};
      }
    }
    if (known.contains("term") && (plain.equals("startdate") || plain.equals("enddate"))) {
      return new Object[] {"unknownMember.term", Text.name(name)};
    }
    if (known.isEmpty()) {
      return new Object[] {"unknownMember.none", Text.name(name)};
    }
    return new Object[] {"unknownMember", Text.name(name), String.join(", ", known)};
  }

  /** The members of a wire type, in the format's order. */
  static List<String> members(Class<?> type) {
    return MEMBERS.computeIfAbsent(type, t -> {
      List<String> names = new ArrayList<>();
      // Fields come in their declaration order, which is the format's.
      for (Field field : t.getDeclaredFields()) {
        if (!field.isSynthetic() && !Modifier.isStatic(field.getModifiers())) {
          JsonProperty renamed = field.getAnnotation(JsonProperty.class);
          names.add(renamed != null ? renamed.value() : field.getName());
        }
      }
      return List.copyOf(names);
    });
  }

  /** Records that the value at {@code parser}'s token is not of the {@code expected} JSON type. */
  static void wrongType(JsonParser parser, String expected) {
    WireParser wire = (WireParser) parser;
    TokenStreamLocation at = parser.currentTokenLocation();
    wire.problems().add(wire.pointer(), at.getLineNr(), at.getColumnNr(), ProblemCode.WRONG_TYPE,
        "wrongType", Text.type(expected), Text.type(found(parser.currentToken())));
    parser.skipChildren();
  }

  private static String found(JsonToken token) {
    if (token == null) {
      return "null";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      default:
        return "null";
    }
  }

  /** A string; any other JSON type is a problem. */
  private static final class StringValue extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        return parser.getString();
      }
      wrongType(parser, "a string");
      return null;
    }
  }

  /** A number as written; any other JSON type is a problem. */
  private static final class WholeValue extends ValueDeserializer<Wire.Whole> {
    @Override
    public Wire.Whole deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return new Wire.Whole(parser.getString(), false);
      }
      if (parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        return new Wire.Whole(parser.getString(), true);
      }
      wrongType(parser, "a whole number");
      return null;
    }
  }

  /** True or false; any other JSON type is a problem. */
  private static final class BooleanValue extends ValueDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.hasToken(JsonToken.VALUE_TRUE)) {
        return Boolean.TRUE;
      }
      if (parser.hasToken(JsonToken.VALUE_FALSE)) {
        return Boolean.FALSE;
      }
      wrongType(parser, "true or false");
      return null;
    }
  }

  /** Wraps the binding of records and lists so that a value of another JSON type is a problem. */
  private static final class Shapes extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
        BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      return type.getEnclosingClass() == Wire.class && type != Wire.Whole.class
          ? new Shaped(deserializer, JsonToken.START_OBJECT, "an object") : deserializer;
    }

    @Override
    public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config,
        CollectionType type, BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      return new Shaped(deserializer, JsonToken.START_ARRAY, "an array");
    }

    @Override
    public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
        BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
      return new Shaped(deserializer, JsonToken.START_OBJECT, "an object");
    }
  }

  /** A record's or a list's binding, after a check of the JSON type. */
  private static final class Shaped extends ValueDeserializer<Object> {
    private final ValueDeserializer<?> delegate;
    private final JsonToken start;
    private final String expected;

    Shaped(ValueDeserializer<?> delegate, JsonToken start, String expected) {
      this.delegate = delegate;
      this.start = start;
      this.expected = expected;
    }

    @Override
    public void resolve(DeserializationContext context) {
      delegate.resolve(context);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context,
        BeanProperty property) {
      ValueDeserializer<?> contextual = delegate.createContextual(context, property);
      return contextual == delegate ? this : new Shaped(contextual, start, expected);
    }

    @Override
    public Class<?> handledType() {
      return delegate.handledType();
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.currentToken() != start) {
        wrongType(parser, expected);
        return null;
      }
      return delegate.deserialize(parser, context);
    }
  }

  /** A member the format does not define: a problem unless unknown members are allowed. */
  private static final class UnknownMembers extends DeserializationProblemHandler {
    private final boolean allowed;

    UnknownMembers(boolean allowed) {
      this.allowed = allowed;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        ValueDeserializer<?> deserializer, Object beanOrClass, String name) {
      if (!allowed) {
        WireParser wire = (WireParser) parser;
        Class<?> type = beanOrClass instanceof Class ? (Class<?>) beanOrClass
            : beanOrClass.getClass();
        Object[] message = unknownMember(name, members(type));
        Object[] arguments = new Object[message.length - 1];
        System.arraycopy(message, 1, arguments, 0, arguments.length);
        wire.problems().add(wire.pointer(), Problems.Anchor.NAME, ProblemCode.UNKNOWN_MEMBER,
            (String) message[0], arguments);
      }
      parser.skipChildren();
      return true;
    }
  }
}
