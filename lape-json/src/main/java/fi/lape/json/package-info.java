/**
 * lape's JSON exchange format: three versioned documents (dataset, policy, assessment report),
 * their JSON Schemas, a facade that reads and writes them ({@link fi.lape.json.LapeJson}) and a
 * Jackson 3 module for applications with their own mapper ({@link fi.lape.json.LapeModule}).
 *
 * <pre>{@code
 * Dataset dataset = LapeJson.standard().readDataset(Path.of("dataset.json"));
 * }</pre>
 *
 * <p>Bad input fails with one {@link fi.lape.json.LapeJsonException} that lists every problem
 * found, each with a JSON Pointer, a line and a column.
 */
package fi.lape.json;
