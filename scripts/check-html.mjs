// Checks built pages with the Nu HTML Checker (npm `vnu-jar`, run by the system's Java, 11 or
// later: Debian's default-jre-headless): prints every message with its file, line, column
// and the text around it, and fails on any error. Warnings are printed but do not fail: the
// checker warns that the head's inline scripts and stylesheet break the Content Security
// Policy, which is wrong (it ignores the policy's hashes, and 'self' from a file: URL), so
// failing on warnings would fail every build.
// Usage: node scripts/check-html.mjs [file …] (default: dist/index.html and
// dist/stargate-explainer.html). All files go to one Java run; the JVM is slow to start.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const files = process.argv.slice(2);
if (!files.length) files.push('dist/index.html', 'dist/stargate-explainer.html');

// The package's own runner would download a Java runtime where none is installed; this
// machine's Java is used instead, or the check fails and says so.
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/** Runs the checker on `paths`; resolves to its messages (JSON on stdout). */
function runChecker(paths) {
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-jar', jar, '--format', 'json', '--stdout', ...paths], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    child.on('error', (error) =>
      reject(error.code === 'ENOENT' ? new Error(`no ${java}: install Java 11 or later (default-jre-headless)`) : error),
    );
    // The checker exits 1 when it finds errors; only output that is not JSON is a failure to run.
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out).messages);
      } catch {
        reject(new Error(`the checker exited ${code} without a report: ${out.slice(0, 500)}`));
      }
    });
  });
}

/** What kind of message this is: "error", "warning" or "info". */
function kind(message) {
  if (message.type === 'info') return message.subType === 'warning' ? 'warning' : 'info';
  return 'error'; // "error", and "non-document-error" (a file it could not read)
}

/** The checker's extract on one line, with carets under the part it is about. */
function extract(message) {
  if (!message.extract) return '';
  const flat = (text) => text.replace(/\n/g, '⏎').replace(/\t/g, ' ');
  const start = message.hiliteStart ?? 0;
  const marks = '^'.repeat(Math.max(1, flat(message.extract.slice(start, start + (message.hiliteLength ?? 1))).length));
  return `\n    ${flat(message.extract)}\n    ${' '.repeat(flat(message.extract.slice(0, start)).length)}${marks}`;
}

// The checker reports nothing at all for a file that is not there.
const missing = files.filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`check-html: no such file: ${missing.join(', ')} (build first: make dist)`);
  process.exit(2);
}

let messages;
try {
  messages = await runChecker(files);
} catch (error) {
  console.error(`check-html: ${error.message}`);
  process.exit(2);
}

const counts = Object.fromEntries(files.map((file) => [file, { error: 0, warning: 0, info: 0 }]));
for (const message of messages) {
  const file = message.url ? relative(process.cwd(), fileURLToPath(message.url)) : '(checker)';
  const type = kind(message);
  (counts[file] ??= { error: 0, warning: 0, info: 0 })[type] += 1;
  const where = message.lastLine ? `:${message.firstLine ?? message.lastLine}:${message.firstColumn ?? 1}` : '';
  console.log(`${file}${where}: ${type}: ${message.message}${extract(message)}`);
}
for (const [file, count] of Object.entries(counts)) {
  console.log(`check-html: ${file}: ${count.error} errors, ${count.warning} warnings, ${count.info} info`);
}
process.exit(Object.values(counts).some((count) => count.error) ? 1 : 0);
