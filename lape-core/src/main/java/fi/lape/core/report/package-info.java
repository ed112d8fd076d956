/**
 * What an assessment says: per group the verdict, whether it is multidisciplinary and why, the
 * findings with their rule ids and citations, and a coverage line per requirement. These are plain
 * values so that lape-json can write them without lape-rules.
 */
@LapeStyle
package fi.lape.core.report;

import fi.lape.core.internal.LapeStyle;
