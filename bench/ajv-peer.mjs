// Peer for the CKAN benchmark: Ajv 8 (the most used JSON Schema validator, JavaScript) compiled once on the
// profile's schemas and applied to the same JSON Lines records, record by record (all errors of a record).
// The schema is the profile exported as one file (`govmeta schema export`, no external $ref, the extension
// points' $dynamicRef resolved): Ajv 8 resolves a $dynamicRef whose $dynamicAnchor is not at the schema's root
// to the root itself, so on the source schemas every record fails ('must be object'); it is given the form
// govmeta exports for other tools instead.
// Usage: node ajv-peer.mjs SCHEMA.json FILE.jsonl      Prints records, invalid records and errors.
import { readFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.cwd(), 'target', 'node', 'package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');

const [schema, file] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schema, 'utf8')));
let records = 0;
let invalid = 0;
let errors = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  records++;
  if (!validate(JSON.parse(line))) {
    invalid++;
    errors += validate.errors.length;
  }
}
console.log(`ajv: ${records} records, ${invalid} invalid, ${errors} errors`);
