package fi.lape.json.internal;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/** The version of lape-json, generated at build time from the project version. */
public final class PackageVersion implements Versioned {
  /** This build's version. */
  public static final Version VERSION =
      VersionUtil.parseVersion("${project.version}", "${project.groupId}", "${project.artifactId}");

  @Override
  public Version version() {
    return VERSION;
  }
}
