package fi.lape.testkit.internal;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.Criteria;
import java.util.ArrayList;
import java.util.List;

/**
 * One thing a membership can carry that criteria may count: a sector, a voice, a duty or a role.
 * Exactly one of the fields is set.
 */
public final class Token {
  private final Sector sector;
  private final Voice voice;
  private final Duty duty;
  private final Role role;

  private Token(Sector sector, Voice voice, Duty duty, Role role) {
    this.sector = sector;
    this.voice = voice;
    this.duty = duty;
    this.role = role;
  }

  /** The sector, or null. */
  public Sector sector() {
    return sector;
  }

  /** The voice, or null. */
  public Voice voice() {
    return voice;
  }

  /** The duty, or null. */
  public Duty duty() {
    return duty;
  }

  /** The role, or null. */
  public Role role() {
    return role;
  }

  /** Every token that {@code criteria} counts, sectors first, then voices, duties and roles. */
  public static List<Token> countedBy(Criteria criteria) {
    List<Token> tokens = new ArrayList<>();
    for (Sector s : Sector.values()) {
      if (criteria.sectors().contains(s) || criteria.branches().contains(s.branch())) {
        tokens.add(new Token(s, null, null, null));
      }
    }
    for (Voice v : Voice.values()) {
      if (criteria.voices().contains(v) || criteria.branches().contains(Branch.RESIDENTS_VOICE)) {
        tokens.add(new Token(null, v, null, null));
      }
    }
    for (Duty d : criteria.duties()) {
      tokens.add(new Token(null, null, d, null));
    }
    for (Role r : criteria.roles()) {
      tokens.add(new Token(null, null, null, r));
    }
    return tokens;
  }

  /** A sector token. */
  public static Token of(Sector sector) {
    return new Token(sector, null, null, null);
  }

  /** A voice token. */
  public static Token of(Voice voice) {
    return new Token(null, voice, null, null);
  }

  @Override
  public String toString() {
    return sector != null ? sector.code() : voice != null ? voice.code()
        : duty != null ? duty.code() : role.code();
  }
}
