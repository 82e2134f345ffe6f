// Entity extraction throughput of compromise and wink-nlp on the same documents attache
// reads. usage: node peers.js DOCS_FILE   (documents separated by form feed)
const fs = require('fs');
const docs = fs.readFileSync(process.argv[2], 'utf8').split('\f').filter((d) => d.trim());
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);

function time(name, fn) {
  fn(docs.slice(0, 5));  // warm up
  const start = process.hrtime.bigint();
  let found = 0;
  for (const d of docs) found += fn([d]);
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name}\t${(bytes / 1e6 / secs).toFixed(2)}\t${found}`);
}

const nlp = require('compromise');
time('compromise', (ds) => {
  let n = 0;
  for (const d of ds) {
    const doc = nlp(d);
    n += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return n;
});

const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const wink = winkNLP(model);
wink.learnCustomEntities([
  {name: 'PERSON', patterns: ['Alexander Lukashenko', 'Masoud Pezeshkian', 'Ali Khamenei',
                              'Vladimir Putin', 'Ebrahim Raisi', 'Donald Trump']},
  {name: 'COUNTRY', patterns: ['Iran', 'Belarus', 'Russia', 'Ukraine', 'United States', 'China']},
  {name: 'ORG', patterns: ['NATO', 'European Union', 'United Nations', 'BRICS']},
]);
const its = wink.its;
time('wink-nlp', (ds) => {
  let n = 0;
  for (const d of ds) {
    const doc = wink.readDoc(d);
    n += doc.entities().out(its.value).length + doc.customEntities().out(its.value).length;
  }
  return n;
});
