package fi.lape.examples.cli;

import fi.lape.core.Geography;
import fi.lape.core.WellbeingServicesCounty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The lines under a municipal group's heading that place it: the wellbeing services county that
 * serves its municipality (from 2023, when the counties began), and a notice when the group's
 * municipality code was merged away before the assessment day.
 */
final class PlaceLines {
  private final Messages messages;
  private final Geography geography;

  PlaceLines(Messages messages, Geography geography) {
    this.messages = messages;
    this.geography = geography;
  }

  void append(StringBuilder out, String indent, String municipality, LocalDate day) {
    Optional<String> merged = geography.mergerNotice(municipality, day, messages.locale());
    if (merged.isPresent()) {
      out.append(indent).append(messages.get("group.note", merged.get())).append('\n');
      return;
    }
    if (day.isBefore(WellbeingServicesCounty.FIRST_DAY)
        || geography.municipality(municipality).isEmpty()) {
      return;
    }
    Optional<WellbeingServicesCounty> county = geography.countyOf(municipality, day);
    if (county.isEmpty()) {
      out.append(indent).append(messages.get("group.county.none")).append('\n');
      return;
    }
    WellbeingServicesCounty c = county.get();
    String name = messages.locale().getLanguage().equals("sv") ? c.nameSv().orElse(c.name())
        : c.name();
    out.append(indent).append(messages.get("group.county", name, c.code())).append('\n');
  }
}
