package fi.lape.core;

import fi.lape.core.internal.DatasetChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Everything lape assesses, in one immutable aggregate: organisations, persons and groups that
 * refer to each other by id, plus regions and municipalities beyond the {@linkplain
 * Geography#builtIn() built-in} ones.
 *
 * <p>{@code build()} checks that every id is unique and every reference resolves, and reports all
 * problems at once in an {@link InvalidDatasetException}; a dataset that exists is consistent.
 *
 * <pre>{@code
 * Dataset dataset = Dataset.builder()
 *     .addOrganisation(orimattila)
 *     .addPerson(Person.builder().id("p1").build())
 *     .addGroup(lape)
 *     .build();
 * dataset.group("orimattila-lape").orElseThrow();
 * }</pre>
 */
@Value.Immutable
public abstract class Dataset {
  Dataset() {}

  /** Regions beyond, or replacing, the built-in ones. */
  public abstract List<Region> regions();

  /** Municipalities beyond, or replacing, the built-in ones. */
  public abstract List<Municipality> municipalities();

  /** The organisations whose staff sit in groups. */
  public abstract List<Organisation> organisations();

  /** The persons who sit in groups. */
  public abstract List<Person> persons();

  /** The groups. */
  public abstract List<Group> groups();

  /** The built-in geography with this dataset's regions and municipalities laid over it. */
  @Value.Lazy
  public Geography geography() {
    return Geography.builtIn().withOverrides(regions(), municipalities());
  }

  @Value.Lazy
  Map<String, Person> personIndex() {
    return index(persons(), Person::id);
  }

  @Value.Lazy
  Map<String, Organisation> organisationIndex() {
    return index(organisations(), Organisation::id);
  }

  @Value.Lazy
  Map<String, Group> groupIndex() {
    return index(groups(), Group::id);
  }

  /** The person with {@code id}. */
  public final Optional<Person> person(String id) {
    return Optional.ofNullable(personIndex().get(id));
  }

  /** The organisation with {@code id}. */
  public final Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  /** The group with {@code id}. */
  public final Optional<Group> group(String id) {
    return Optional.ofNullable(groupIndex().get(id));
  }

  /** The groups of {@code kind}, in dataset order. */
  public final List<Group> groups(GroupKind kind) {
    return groups().stream().filter(g -> g.kind() == kind).collect(Collectors.toList());
  }

  /** The groups whose scope is municipality {@code code}, in dataset order. */
  public final List<Group> groupsOfMunicipality(String code) {
    return groups().stream()
        .filter(g -> g.scope().municipality().map(code::equals).orElse(false))
        .collect(Collectors.toList());
  }

  /** The code of the region a group works in on {@code day}: its own, or its municipality's. */
  public final Optional<String> regionOf(Group group, LocalDate day) {
    return group.scope().region()
        .or(() -> group.scope().municipality().flatMap(m -> geography().regionOf(m, day)));
  }

  /**
   * Every place in this dataset that uses a municipality code merged away by {@code day}, with a
   * message naming the successor: "532 Nastola was merged into 398 Lahti on 2016-01-01". These are
   * notices, not errors or findings: the dataset was accepted when built because the code was in
   * force before the merger, and an assessment on {@code day} still runs; the caller decides
   * whether to show them (lape's command line does) or to stop.
   *
   * <pre>{@code
   * for (DatasetProblem p : dataset.mergedMunicipalityCodes(LocalDate.of(2018, 1, 1))) {
   *   System.out.println(p); // /groups/0/scope/municipality: 532 Nastola was merged into ...
   * }
   * }</pre>
   */
  public final List<DatasetProblem> mergedMunicipalityCodes(LocalDate day) {
    Geography geography = geography();
    List<DatasetProblem> notices = new ArrayList<>();
    BiConsumer<String, String> check = (code, pointer) -> geography
        .mergerNotice(code, day, Locale.ENGLISH)
        .ifPresent(message -> notices.add(DatasetProblem.of(pointer, message)));
    for (int i = 0; i < persons().size(); i++) {
      String at = "/persons/" + i + "/homeMunicipality";
      persons().get(i).homeMunicipality().ifPresent(code -> check.accept(code, at));
    }
    for (int i = 0; i < organisations().size(); i++) {
      String at = "/organisations/" + i + "/municipality";
      organisations().get(i).municipality().ifPresent(code -> check.accept(code, at));
    }
    for (int i = 0; i < groups().size(); i++) {
      String at = "/groups/" + i + "/scope/municipality";
      groups().get(i).scope().municipality().ifPresent(code -> check.accept(code, at));
    }
    return List.copyOf(notices);
  }

  /** Whether any person carries a name or contact details. */
  public final boolean hasPersonalData() {
    return persons().stream().anyMatch(Person::hasPersonalData);
  }

  /** This dataset with every person's name and contact details removed. */
  public final Dataset withoutPersonalData() {
    if (!hasPersonalData()) {
      return this;
    }
    return builder().from(this)
        .persons(persons().stream().map(Person::withoutPersonalData).collect(Collectors.toList()))
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    DatasetChecker.check(this);
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
    return values.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
  }

  /**
   * Builds a {@link Dataset}; {@code build()} throws an {@link InvalidDatasetException} listing
   * every duplicate id and unresolved reference.
   */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
