package fi.lape.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lape rules}: the rule catalogue with severities under a policy. */
@Command(name = "rules", sortOptions = false)
final class RulesCommand implements Callable<Integer> {
  @ParentCommand LapeCli root;
  @Spec CommandSpec spec;

  @Option(names = "--policy", paramLabel = "${bundle:label.policy:-ID|FILE}", descriptionKey = "policy")
  String policy;

  @Override
  public Integer call() {
    Messages messages = root.messages();
    spec.commandLine().getOut().print(
        new RulesText(messages).render(Inputs.policy(policy, messages)));
    return ExitCode.COMPLIANT;
  }
}
