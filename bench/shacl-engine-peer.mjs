// Peer for the DCAT benchmark: shacl-engine (a fast JavaScript SHACL engine, with its SPARQL plugin for the
// profile's one SPARQL constraint) on the same shapes and data as govmeta. As in govmeta, the shape files that
// declare no shape (the SKOS vocabularies) are also added to the data, so a concept is checked against its
// scheme. The data file (N-Triples or Turtle) is streamed by N3.js into one in-memory dataset, validated whole.
// Usage: node shacl-engine-peer.mjs [--core-only] DATA SHAPES...      Prints the number of validation results.
// --core-only leaves the SPARQL plugin out: the profile's SPARQL constraint (GDC-ORDER-dates) is then not checked.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.cwd(), 'target', 'node', 'package.json'));
const { StreamParser } = await import(require.resolve('n3'));
const rdf = (await import(require.resolve('rdf-ext'))).default;
const { Validator } = await import(require.resolve('shacl-engine'));
const sparql = await import(require.resolve('shacl-engine/sparql.js'));

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const declaresShape = (q) => [`${SH}path`, `${SH}targetClass`].includes(q.predicate.value)
  || (q.predicate.value === RDF_TYPE && [`${SH}NodeShape`, `${SH}PropertyShape`].includes(q.object.value));

function read(file, into) {
  return new Promise((resolve, reject) => {
    const format = file.endsWith('.nt') ? 'application/n-triples' : 'text/turtle';
    createReadStream(file).pipe(new StreamParser({ format, factory: rdf }))
      .on('data', (q) => into(q)).on('error', reject).on('end', resolve);
  });
}

const args = process.argv.slice(2);
const coreOnly = args[0] === '--core-only';
const [dataFile, ...shapeFiles] = coreOnly ? args.slice(1) : args;
const shapes = rdf.dataset();
const data = rdf.dataset();
for (const f of shapeFiles) {
  const quads = [];
  await read(f, (q) => quads.push(q));
  quads.forEach((q) => shapes.add(q));
  if (!quads.some(declaresShape)) quads.forEach((q) => data.add(q));
}
await read(dataFile, (q) => data.add(q));
const validator = new Validator(shapes, coreOnly ? { factory: rdf } : { factory: rdf, validations: sparql.validations });
const report = await validator.validate({ dataset: data });
console.log(`shacl-engine${coreOnly ? ' (core only)' : ''}: ${report.results.length} results`);
