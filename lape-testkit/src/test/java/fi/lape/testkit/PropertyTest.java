package fi.lape.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runner itself; the lape.* system properties of a developer's run are set aside meanwhile. */
class PropertyTest {
  private static final Pattern SEED = Pattern.compile("-Dlape\\.seed=(0x[0-9a-f]+)");
  private static final List<String> KEYS = List.of(Property.SEED, Property.CASES,
      Property.BASE_SEED);
  private final Map<String, String> saved = new HashMap<>();

  @BeforeEach
  void setAsideSystemProperties() {
    for (String key : KEYS) {
      saved.put(key, System.getProperty(key));
      System.clearProperty(key);
    }
  }

  @AfterEach
  void restoreSystemProperties() {
    for (String key : KEYS) {
      restore(key, saved.get(key));
    }
  }

  /** A property that fails for groups with three or more active members. */
  private static Property<GroupCase> fewMembers() {
    return Property.forAllGroups(Generators.groups()).named("groups have few members").cases(200);
  }

  private static void fewerThanThree(GroupCase c) {
    assertTrue(c.activeMemberships().size() < 3, "three or more active members");
  }

  @Test
  void runsEveryCaseOfAPassingProperty() {
    AtomicInteger runs = new AtomicInteger();
    Property.forAll(Generators.policies()).cases(77).check(p -> runs.incrementAndGet());
    assertEquals(77, runs.get());
  }

  @Test
  void aFailureNamesTheSeedAndShowsTheMinimisedExample() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> fewMembers().check(PropertyTest::fewerThanThree));
    String message = e.getMessage();
    assertTrue(message.startsWith("Property \"groups have few members\" failed on case "), message);
    assertTrue(SEED.matcher(message).find(), message);
    assertTrue(message.contains("Minimised example:\ngroup "), message);
    assertTrue(message.contains(": 3 memberships, 3 active;"), message);
    assertTrue(e.getCause() instanceof AssertionError);
    assertTrue(e.getCause().getMessage().contains("three or more active members"));
  }

  @Test
  void theReportedSeedReplaysExactlyThatCase() {
    AssertionError first = assertThrows(AssertionError.class,
        () -> fewMembers().check(PropertyTest::fewerThanThree));
    Matcher m = SEED.matcher(first.getMessage());
    assertTrue(m.find());
    String seed = m.group(1);
    List<GroupCase> seen = new ArrayList<>();
    System.setProperty(Property.SEED, seed);
    AssertionError replayed = assertThrows(AssertionError.class,
        () -> fewMembers().check(c -> {
          seen.add(c);
          fewerThanThree(c);
        }));
    assertTrue(replayed.getMessage().contains("failed on replayed case, seed " + seed),
        replayed.getMessage());
    assertEquals(first.getMessage().substring(first.getMessage().indexOf("Minimised")),
        replayed.getMessage().substring(replayed.getMessage().indexOf("Minimised")));
    assertTrue(seen.get(0).activeMemberships().size() >= 3, "the first run is the failing case");
  }

  @Test
  void theSameBaseSeedChecksTheSameCasesAndAnotherOneOthers() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    List<String> c = new ArrayList<>();
    Property.forAll(Generators.groups()).baseSeed(5).cases(10).check(x -> a.add(x.toString()));
    Property.forAll(Generators.groups()).baseSeed(5).cases(10).check(x -> b.add(x.toString()));
    Property.forAll(Generators.groups()).baseSeed(6).cases(10).check(x -> c.add(x.toString()));
    assertEquals(a, b);
    assertTrue(!a.equals(c));
  }

  @Test
  void systemPropertiesOverrideTheNumberOfCasesAndTheBaseSeed() {
    System.setProperty(Property.CASES, "13");
    AtomicInteger runs = new AtomicInteger();
    Property.forAll(Generators.policies()).cases(200).check(p -> runs.incrementAndGet());
    assertEquals(13, runs.get());
    System.setProperty(Property.CASES, "many");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Property.forAll(Generators.policies()).check(p -> { }));
    assertTrue(e.getMessage().contains("-Dlape.cases=many"));
    System.clearProperty(Property.CASES);
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    System.setProperty(Property.BASE_SEED, "0x2a");
    Property.forAll(Generators.groups()).baseSeed(7).cases(5).check(x -> a.add(x.toString()));
    System.clearProperty(Property.BASE_SEED);
    Property.forAll(Generators.groups()).baseSeed(42).cases(5).check(x -> b.add(x.toString()));
    assertEquals(a, b, "the system property's base seed wins");
  }

  @Test
  void aFailedAssumptionSkipsItsCase() {
    AtomicInteger checked = new AtomicInteger();
    Property.forAll(Generators.groups()).cases(50).check(c -> {
      Assumptions.assumeTrue(c.activeMemberships().size() % 2 == 0);
      checked.incrementAndGet();
    });
    assertTrue(checked.get() > 0 && checked.get() < 50, checked.get() + " checked");
  }

  @Test
  void aFailingGeneratorIsReportedWithTheSeed() {
    Gen<String> broken = (rng, size) -> {
      throw new IllegalStateException("generator bug");
    };
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(broken).check(s -> { }));
    assertTrue(e.getMessage().contains("The generator failed: java.lang.IllegalStateException"));
    assertTrue(SEED.matcher(e.getMessage()).find());
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
