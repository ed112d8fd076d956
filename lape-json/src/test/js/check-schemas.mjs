// Loads lape's JSON Schemas with ajv 8 in strict mode (every strict-mode warning is an error) and
// validates documents against them: node check-schemas.mjs SCHEMA_DIR CASES_FILE
// CASES_FILE is JSON: [{"schema": "<$id>", "file": "<path>", "valid": true|false}, ...].
// Prints one line per failure and exits 1 if any; exit 0 means every schema loaded and every
// document was judged as expected.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaDir, casesFile] = process.argv.slice(2);
const warnings = [];
const logger = { log() {}, warn: (m) => warnings.push(String(m)), error: (m) => warnings.push(String(m)) };
const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
addFormats(ajv);
// Annotations lape documents in FORMAT.md: the Finnish and Swedish names of codes.
ajv.addKeyword("x-title-fi");
ajv.addKeyword("x-title-sv");

let failures = 0;
const ids = [];
for (const name of readdirSync(schemaDir).filter((n) => n.endsWith(".schema.json")).sort()) {
  const schema = JSON.parse(readFileSync(join(schemaDir, name), "utf8"));
  try {
    ajv.addSchema(schema);
    ids.push(schema.$id);
  } catch (e) {
    console.log(`${name}: cannot be loaded: ${e.message}`);
    failures++;
  }
}
for (const id of ids) {
  try {
    ajv.getSchema(id);
  } catch (e) {
    console.log(`${id}: does not compile: ${e.message}`);
    failures++;
  }
}
for (const w of warnings) {
  console.log(`strict mode: ${w}`);
  failures++;
}
const cases = casesFile ? JSON.parse(readFileSync(casesFile, "utf8")) : [];
for (const c of cases) {
  const validate = ajv.getSchema(c.schema);
  if (!validate) {
    console.log(`${c.file}: no schema ${c.schema}`);
    failures++;
    continue;
  }
  const valid = validate(JSON.parse(readFileSync(c.file, "utf8")));
  if (valid !== c.valid) {
    console.log(`${c.file}: expected ${c.valid ? "valid" : "invalid"} against ${c.schema}`
      + (validate.errors ? ": " + ajv.errorsText(validate.errors) : ""));
    failures++;
  }
}
console.log(`${ids.length} schemas, ${cases.length} documents, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
