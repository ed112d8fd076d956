package fi.lape.rules;

import fi.lape.rules.internal.BuiltInRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Where lape's rules decide each catalogue id: the DRL file and the names of its rules, read from
 * the compiled rule base itself (every rule's name starts with the id it decides; each DRL file
 * has a package of its own). For a newcomer: LAPE-M05's whole logic is in {@code municipal.drl}.
 *
 * <pre>{@code
 * for (RuleBase.Decision d : RuleBase.decisions("LAPE-M05")) {
 *   System.out.println(d.file() + ": " + d.rule());
 * }
 * }</pre>
 */
public final class RuleBase {
  /** Where the DRL files are, inside lape-rules' jar and sources. */
  private static final String FOLDER = "fi/lape/rules/internal/rules/";

  private RuleBase() {}

  /**
   * One DRL rule that decides (part of) a catalogue id.
   *
   * @param file the DRL file, e.g. {@code fi/lape/rules/internal/rules/municipal/municipal.drl}
   * @param rule the rule's name, e.g. {@code LAPE-M05 residents not heard}
   */
  public record Decision(String file, String rule) {}

  /** The rules that decide {@code ruleId}, by file and name; empty for an id lape does not know. */
  public static List<Decision> decisions(String ruleId) {
    return all().getOrDefault(ruleId, List.of());
  }

  /** Every catalogue id (the first word of a rule's name) with its rules, sorted. */
  public static Map<String, List<Decision>> all() {
    Map<String, List<Decision>> all = new TreeMap<>();
    for (KiePackage p : BuiltInRules.kieBase().getKiePackages()) {
      String name = p.getName();
      String area = name.substring(name.lastIndexOf('.') + 1);
      for (Rule rule : p.getRules()) {
        String id = rule.getName().split(" ", 2)[0];
        if (id.startsWith("LAPE-")) {
          all.computeIfAbsent(id, k -> new ArrayList<>())
              .add(new Decision(FOLDER + area + "/" + area + ".drl", rule.getName()));
        }
      }
    }
    all.values().forEach(l -> l.sort(Comparator.comparing(Decision::rule)));
    return all;
  }
}
