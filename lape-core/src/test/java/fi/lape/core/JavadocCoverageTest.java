package fi.lape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The javadoc build runs doclint without its "missing" group, which would also demand a
 * {@code @return} on every accessor; this test keeps the part of that group that matters: every
 * public type, constructor, method, field and enum constant has a comment.
 */
class JavadocCoverageTest {
  private static final Path SOURCES = Path.of("src", "main", "java");

  @Test
  void everyPublicDeclarationHasADocComment() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java")).sorted()
          .collect(Collectors.toList());
    }
    assertTrue(files.size() > 40, "lape-core's sources not found under " + SOURCES.toAbsolutePath());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> undocumented = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    Set<String> documentedPackages = new TreeSet<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
          fm.getJavaFileObjectsFromPaths(files));
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Scanner(docs, undocumented, packages, documentedPackages).scan(unit, null);
      }
    }
    for (String name : packages) {
      if (!name.endsWith(".internal") && !documentedPackages.contains(name)) {
        undocumented.add("package " + name + " (package-info.java)");
      }
    }
    assertEquals(List.of(), undocumented);
  }

  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final DocTrees docs;
    private final List<String> undocumented;
    private final Set<String> packages;
    private final Set<String> documentedPackages;

    Scanner(DocTrees docs, List<String> undocumented, Set<String> packages,
        Set<String> documentedPackages) {
      this.docs = docs;
      this.undocumented = undocumented;
      this.packages = packages;
      this.documentedPackages = documentedPackages;
    }

    @Override
    public Void visitCompilationUnit(CompilationUnitTree unit, Void unused) {
      String name = unit.getPackageName().toString();
      packages.add(name);
      if (unit.getPackage() != null
          && docs.getDocCommentTree(new TreePath(new TreePath(unit), unit.getPackage())) != null) {
        documentedPackages.add(name);
      }
      return super.visitCompilationUnit(unit, unused);
    }

    @Override
    public Void visitClass(ClassTree type, Void unused) {
      if (!isVisible(type.getModifiers(), getCurrentPath())) {
        return null;
      }
      require(type.getSimpleName().toString());
      return super.visitClass(type, unused);
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      boolean overrides = method.getModifiers().getAnnotations().stream()
          .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
      if (!overrides && isVisible(method.getModifiers(), getCurrentPath())) {
        require(owner() + "." + method.getName());
      }
      return null;
    }

    @Override
    public Void visitVariable(VariableTree field, Void unused) {
      if (isVisible(field.getModifiers(), getCurrentPath())) {
        require(owner() + "." + field.getName());
      }
      return null;
    }

    private void require(String what) {
      if (docs.getDocCommentTree(getCurrentPath()) == null) {
        undocumented.add(getCurrentPath().getCompilationUnit().getPackageName() + "." + what);
      }
    }

    private String owner() {
      return ((ClassTree) getCurrentPath().getParentPath().getLeaf()).getSimpleName().toString();
    }

    /** Public or protected, or implicitly public as a member of an interface (enum constants are public). */
    private static boolean isVisible(ModifiersTree modifiers, TreePath path) {
      Tree parent = path.getParentPath().getLeaf();
      boolean inInterface = parent instanceof ClassTree
          && (parent.getKind() == Tree.Kind.INTERFACE
              || parent.getKind() == Tree.Kind.ANNOTATION_TYPE);
      return modifiers.getFlags().contains(Modifier.PUBLIC)
          || modifiers.getFlags().contains(Modifier.PROTECTED)
          || (inInterface && !modifiers.getFlags().contains(Modifier.PRIVATE));
    }
  }
}
