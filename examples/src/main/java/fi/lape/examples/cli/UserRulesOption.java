package fi.lape.examples.cli;

import fi.lape.core.LapeValidationException;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.rules.GroupAssessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The assessor for a command: lape's rules alone, or with users' DRL rules given with
 * {@code --rules FILE.drl} or named in the policy file's {@code rules} (relative to the policy
 * file). A DRL file's messages lie beside it ({@code FILE.properties}, {@code FILE_fi.properties},
 * {@code FILE_sv.properties}).
 */
final class UserRulesOption {
  private UserRulesOption() {}

  static GroupAssessor assessor(CoveragePolicy coverage, String policyArgument, List<Path> rules,
      Messages messages) {
    List<Path> drl = new ArrayList<>(rules);
    if (!coverage.ruleFiles().isEmpty()) {
      Path policyFile = policyArgument == null ? null : Path.of(policyArgument);
      Path base = policyFile == null || policyFile.toAbsolutePath().getParent() == null
          ? Path.of("") : policyFile.toAbsolutePath().getParent();
      coverage.ruleFiles().forEach(f -> drl.add(base.resolve(f)));
    }
    if (drl.isEmpty()) {
      return GroupAssessor.of(coverage);
    }
    GroupAssessor.Builder builder = GroupAssessor.builder().policy(coverage);
    for (Path file : drl) {
      if (!Files.isRegularFile(file)) {
        throw CliException.badInput(messages.get("error.rulesFile", file));
      }
      builder.addRules(file);
    }
    try {
      return builder.build();
    } catch (LapeValidationException e) {
      throw CliException.badInput(messages.get("error.rules", e.getMessage()));
    }
  }
}
