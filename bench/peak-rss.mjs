// Preloaded (node --import) into a process the bench times: on exit, the process's peak resident
// set size (every thread's) goes to stderr as one line the bench reads back.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `crmc-bench-peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
