package fi.lape.sheets;

import fi.lape.core.Duty;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a candidate list for {@code lape suggest}: someone who could be invited into a group,
 * as a coordinator writes it in a spreadsheet. lape-advisor's {@code Candidate} is made from it;
 * this module does not depend on the advisor.
 *
 * <pre>{@code
 * List<CandidateRow> rows = MemberSheets.readCandidates(Path.of("ehdokkaat.csv"), dataset,
 *     Locale.forLanguageTag("fi"));
 * }</pre>
 *
 * @param id the candidate's id: the {@code candidate} column, else the person id, else {@code
 *     candidate-} and the row number
 * @param personId the known person, when the row names one
 * @param organisationId the organisation the candidate would represent, resolved by id or name
 * @param role the role ({@link Role#MEMBER} when the row gives none)
 * @param sectors the sectors the candidate would represent
 * @param voices the voices the candidate would speak for
 * @param duties the duties the candidate would hold
 * @param row the row's number in the sheet, counted from 1
 */
public record CandidateRow(String id, Optional<String> personId, Optional<String> organisationId,
    Role role, Set<Sector> sectors, Set<Voice> voices, Set<Duty> duties, int row) {
  /** Copies the sets, in the codes' order. */
  public CandidateRow {
    sectors = sectors.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(sectors));
    voices = voices.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(voices));
    duties = duties.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(duties));
  }
}
