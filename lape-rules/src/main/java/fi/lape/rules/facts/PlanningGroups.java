package fi.lape.rules.facts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Concluded (LAPE-M13): the planning groups of a municipality whose terms cover the day, once per
 * municipality, so that each LAPE group compares itself with one fact rather than with every
 * other group.
 */
public final class PlanningGroups {
  private final String municipality;
  private final Set<String> ids;

  /** The conclusion. */
  @SuppressWarnings("unchecked")
  public PlanningGroups(String municipality, Collection<?> ids) {
    this.municipality = municipality;
    this.ids = new TreeSet<>((Collection<String>) ids);
  }

  public String getMunicipality() {
    return municipality;
  }

  /** The ids, sorted. */
  public Set<String> getIds() {
    return ids;
  }

  public int getCount() {
    return ids.size();
  }

  /** 1 when {@code groupId} is one of them, else 0. */
  public int countOf(String groupId) {
    return ids.contains(groupId) ? 1 : 0;
  }

  /** The ids other than {@code groupId} and {@code excluded}, sorted: for the finding's list. */
  public List<String> others(String groupId, Collection<?> excluded) {
    return ids.stream().filter(id -> !id.equals(groupId) && !excluded.contains(id)).toList();
  }

  @Override
  public String toString() {
    return "PlanningGroups{" + municipality + " " + ids.size() + "}";
  }
}
