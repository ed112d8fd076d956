package fi.lape.examples.cli;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import java.util.stream.Collectors;

/** Turns command-line arguments into lape values, or into a {@link CliException} saying why not. */
final class Inputs {
  private Inputs() {}

  /** The built-in policy with id {@code idOrFile}, else the policy document in that file. */
  static CoveragePolicy policy(String idOrFile, Messages messages) {
    if (idOrFile == null) {
      return Policies.nationalBaseline();
    }
    return Policies.byId(idOrFile).orElseThrow(() -> CliException.badInput(messages.get(
        "error.unknownPolicy", idOrFile, Policies.all().stream().map(CoveragePolicy::id)
            .collect(Collectors.joining(", ")))));
  }
}
