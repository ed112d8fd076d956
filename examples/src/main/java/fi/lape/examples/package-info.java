/**
 * Runnable examples of lape's public API on built-in sample data modelled on the source documents
 * ({@link fi.lape.examples.SampleData}). Each example is a small program with a {@code main}; the
 * tests run every one of them.
 */
package fi.lape.examples;
