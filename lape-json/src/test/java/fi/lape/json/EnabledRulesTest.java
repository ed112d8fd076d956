package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import org.junit.jupiter.api.Test;

/** A policy document switches the optional rule LAPE-L01 (statutory gender balance) on. */
class EnabledRulesTest {
  private static final String BALANCED = "{\"format\": \"lape-policy\", \"version\": \"1.0\","
      + " \"id\": \"balanced\", \"name\": \"Balanced\", \"extends\": \"national-baseline\","
      + " \"enabledRules\": [\"LAPE-L01\"]}";

  @Test
  void aPolicySwitchesTheGenderBalanceOnAndIsWrittenWithIt() {
    CoveragePolicy policy = LapeJson.standard().readPolicy(BALANCED);
    assertTrue(policy.isEnabled("LAPE-L01"));
    assertFalse(Policies.nationalBaseline().isEnabled("LAPE-L01"));
    String written = LapeJson.standard().write(policy);
    assertTrue(written.contains("\"extends\": \"national-baseline\""), written);
    assertTrue(written.contains("\"enabledRules\": [\"LAPE-L01\"]"), written);
    assertEquals(policy, LapeJson.standard().readPolicy(written));
    // A policy without the extends form keeps it too.
    CoveragePolicy full = CoveragePolicy.builder().from(policy).extendsPolicy(
        java.util.Optional.empty()).id("full").build();
    assertEquals(full, LapeJson.standard().readPolicy(LapeJson.standard().write(full)));
  }

  @Test
  void onlyAnOptionalRuleCanBeSwitchedOn() {
    LapeJsonException e = assertThrows(LapeJsonException.class,
        () -> LapeJson.standard().readPolicy(BALANCED.replace("LAPE-L01", "LAPE-M10")));
    assertTrue(e.getMessage().contains("enabledRules"), e.getMessage());
    assertTrue(e.getMessage().contains("LAPE-L01"), e.getMessage());
  }
}
