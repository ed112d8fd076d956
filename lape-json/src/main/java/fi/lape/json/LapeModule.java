package fi.lape.json;

import fi.lape.json.internal.JacksonBindings;
import fi.lape.json.internal.Options;
import fi.lape.json.internal.PackageVersion;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that reads and writes lape's values in the lape JSON format, for applications
 * with their own {@code ObjectMapper}. It is registered for {@link java.util.ServiceLoader}, so
 * {@code findAndAddModules()} picks it up.
 *
 * <p>The three documents ({@code Dataset}, {@code CoveragePolicy}, {@code AssessmentReport}) are
 * written with their format name and version; every part of them (a {@code Group}, a {@code
 * Membership}, a {@code Finding}...) in the same shape as inside a document. Reading checks values
 * as {@link LapeJson} does and throws a {@link LapeJsonException} listing every problem; references
 * between parts are only checked when a whole dataset is read, and pointers are relative to the
 * value read. Layout follows the mapper's settings; {@link LapeJson} writes the canonical layout.
 * The module never uses polymorphic typing.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new LapeModule()).build();
 * Dataset dataset = mapper.readValue(json, Dataset.class);
 * String text = mapper.writeValueAsString(dataset.groups().get(0));
 * // or, with options: JsonMapper.builder().addModule(LapeJson.builder().omitPersonalData(true)
 * //     .build().module())
 * }</pre>
 */
public final class LapeModule extends JacksonModule {
  private final Options options;

  /** A module with the standard options of {@link LapeJson#standard()}. */
  public LapeModule() {
    this(Options.STANDARD);
  }

  LapeModule(Options options) {
    this.options = options;
  }

  /** {@code "lape"}. */
  @Override
  public String getModuleName() {
    return "lape";
  }

  /** The version of lape-json. */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /** Registers lape's serializers and deserializers. */
  @Override
  public void setupModule(SetupContext context) {
    JacksonBindings bindings = new JacksonBindings(options);
    context.addSerializers(bindings.serializers());
    context.addDeserializers(bindings.deserializers());
  }

  /** Modules with different options are registered separately; equal options once. */
  @Override
  public Object getRegistrationId() {
    return getClass().getName() + options;
  }
}
