package fi.lape.rules.internal;

import fi.lape.core.LapeValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles users' DRL at run time with Drools' rule compiler, an optional dependency of
 * lape-rules: this class is loaded only after {@link UserRules} has checked that the compiler is on
 * the class path, so that a consumer without it never meets a missing class here.
 */
final class DrlCompiler {
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)");

  private DrlCompiler() {}

  static KieBase compile(Map<String, String> sources) {
    KieServices services = KieServices.get();
    // A release id of its own, so that assessors built at the same time do not share a module in
    // the KieRepository; it is removed from there once the container holds it.
    ReleaseId releaseId = services.newReleaseId("fi.lape.user",
        "rules-" + BUILDS.incrementAndGet(), "1");
    KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
    Map<String, String> names = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      // In the folder of the rules' package, as Drools expects (it warns otherwise).
      java.util.regex.Matcher pkg = PACKAGE.matcher(source.getValue());
      String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "lape/user";
      String path = "src/main/resources/" + folder + "/r" + i++ + "_"
          + source.getKey().replaceAll("[^A-Za-z0-9_-]", "_") + ".drl";
      names.put(path, source.getKey());
      files.write(path, source.getValue());
    }
    KieBuilder builder = services.newKieBuilder(files, DrlCompiler.class.getClassLoader())
        .buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (errors.size() > 1) {
      // A parse error also yields this follow-up without a line; the parse error says it all.
      errors = errors.stream().filter(m -> !m.getText().contains("Parser returned a null Package"))
          .collect(Collectors.toList());
    }
    if (!errors.isEmpty()) {
      throw new LapeValidationException("user rules do not compile:\n  " + errors.stream()
          .map(m -> describe(m, names))
          .collect(Collectors.joining("\n  ")));
    }
    try {
      return services.newKieContainer(releaseId, DrlCompiler.class.getClassLoader())
          .getKieBase();
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  private static String describe(Message message, Map<String, String> names) {
    String name = message.getPath() == null ? null : names.get(message.getPath());
    if (name == null && message.getPath() != null) {
      name = names.entrySet().stream()
          .filter(e -> e.getKey().endsWith(message.getPath())
              || message.getPath().endsWith(e.getKey()))
          .map(Map.Entry::getValue).findFirst().orElse(message.getPath());
    }
    return "rules '" + (name == null ? "?" : name) + "'"
        + (message.getLine() > 0 ? ", line " + message.getLine() : "") + ": "
        + message.getText().strip();
  }
}
