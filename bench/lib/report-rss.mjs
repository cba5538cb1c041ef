// Preloaded (node --import) by bench:export into each measured process: at exit it writes the
// process's peak resident memory (getrusage maxRSS, KB on Linux) to the file REPORT_RSS names.
import fs from 'node:fs';

process.on('exit', () => {
  if (process.env.REPORT_RSS) fs.writeFileSync(process.env.REPORT_RSS, JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
});
