// Validates records against a schema with Ajv 8 (draft 2020-12, formats asserted), a JSON Schema
// implementation independent of govmeta's. Its strict schema mode refuses unknown keywords, so the only
// ones allowed besides the standard's are the editor annotations VS Code reads; Ajv's stylistic strictness
// (a type beside every minItems, required properties declared alongside) is off, as the standard allows both.
// Usage: node check.mjs SCHEMA.json RECORDS.json  ->  prints [{"name": ..., "valid": ..., "errors": [...]}]
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaFile, recordsFile] = process.argv.slice(2);
const ajv = new Ajv2020({ strictSchema: true, strictNumbers: true, strictTuples: true, strictTypes: false, strictRequired: false, allErrors: true });
addFormats(ajv);
ajv.addVocabulary(["markdownDescription", "enumDescriptions", "markdownEnumDescriptions", "defaultSnippets"]);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
const out = [];
for (const { name, record } of JSON.parse(readFileSync(recordsFile, "utf8"))) {
  const valid = validate(record);
  out.push({ name, valid, errors: (validate.errors || []).map((e) => `${e.instancePath} ${e.message}`) });
}
process.stdout.write(JSON.stringify(out));
