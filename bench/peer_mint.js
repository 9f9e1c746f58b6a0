// Counts the lines of CORPUS that contain a keyword of LIST (one per line)
// with npm mint-filter (Aho-Corasick; `npm ci --prefix bench` installs it).
// Exact code points, no folding: the peer a Node.js user would pick.
//
//   node bench/peer_mint.js LIST CORPUS
'use strict';
const fs = require('fs');
const { Mint } = require('mint-filter');

const words = fs.readFileSync(process.argv[2], 'utf8').split(/\r?\n/).filter((w) => w.length > 0);
const mint = new Mint(words);
let lines = 0;
for (const line of fs.readFileSync(process.argv[3], 'utf8').split('\n')) {
  if (line.length > 0 && !mint.verify(line)) ++lines;
}
console.log(lines);
