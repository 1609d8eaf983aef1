// Peer for the benchmark: Ajv (the most used JSON Schema validator, JavaScript) applying the same
// profile schemas to the same JSON Lines records, one compiled validator, record by record.
// Usage: node ajv-peer.mjs PROFILE_DIR ENTRY_SCHEMA FILE.jsonl
import { readFileSync, readdirSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.cwd(), 'target', 'node', 'package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');

const [dir, entry, file] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of readdirSync(dir).filter((n) => n.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(dir, f), 'utf8')));
}
const id = JSON.parse(readFileSync(join(dir, entry), 'utf8')).$id;
const validate = ajv.getSchema(id);
let records = 0;
let errors = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  records++;
  if (!validate(JSON.parse(line))) errors += validate.errors.length;
}
console.log(`ajv: ${records} records, ${errors} errors`);
