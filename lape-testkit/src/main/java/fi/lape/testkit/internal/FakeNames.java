package fi.lape.testkit.internal;

/**
 * Invented names and contact details for generated persons, so that tests can check that personal
 * data never reaches logs, messages or reports. The addresses use the reserved {@code .invalid}
 * domain and the numbers a range that is not in use.
 */
final class FakeNames {
  private static final String[] FIRST = {
    "Aino", "Eino", "Helmi", "Väinö", "Kerttu", "Toivo", "Siiri", "Onni", "Lempi", "Urho", "Saima",
    "Aarne", "Elli", "Veikko", "Impi", "Oiva", "Sylvi", "Tauno", "Hilja", "Reino"
  };
  private static final String[] LAST = {
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kinnunen"
  };

  private FakeNames() {}

  static String name(Rng rng) {
    return rng.pick(FIRST) + " " + rng.pick(LAST);
  }

  static String email(String name, int serial) {
    String local = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace('ä', 'a')
        .replace('ö', 'o');
    return local + "." + serial + "@example.invalid";
  }

  static String phone(Rng rng) {
    return String.format("+358 40 000 %04d", rng.below(10000));
  }
}
