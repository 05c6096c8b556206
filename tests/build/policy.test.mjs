// Each built page's Content Security Policy allows exactly what the page carries inline
// (scripts/policy.mjs writes it, last): every inline script and style by its hash, nothing
// it does not carry, and never 'unsafe-inline' or 'unsafe-eval'. Reads every edition of dist/
// (`make dist`): the English in dist/, each translation in dist/xx/.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { editionFolders } from '../../scripts/editions.mjs';
import { scriptByRole } from '../../scripts/page.mjs';
import { KINDS, PAGES, hashSource, inlineCode, withPolicy, writtenPolicy } from '../../scripts/policy.mjs';

/** What is wrong with `html`'s policy for a page of `kind`: a list of sentences, empty if nothing. */
function policyProblems(html, kind) {
  const policy = writtenPolicy(html);
  if (!policy) return ['not exactly one policy <meta>'];
  const problems = [];
  const first = html.search(/<script|<style|<link/);
  const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
  if (first !== -1 && meta > first) problems.push('the policy comes after something it governs');
  const { scripts, styles } = inlineCode(html);
  for (const [directive, texts, allowed] of [
    ['script-src', scripts, KINDS[kind].scripts],
    ['style-src', styles, KINDS[kind].styles],
  ]) {
    const hashes = new Set(texts.map(hashSource));
    const listed = (policy[directive] ?? []).filter((source) => source.startsWith("'sha256-"));
    for (const hash of hashes) if (!listed.includes(hash)) problems.push(`${directive} does not allow an inline element the page carries (${hash})`);
    for (const hash of listed) if (!hashes.has(hash)) problems.push(`${directive} allows ${hash}, which the page does not carry`);
    const others = (policy[directive] ?? []).filter((source) => !source.startsWith("'sha256-"));
    if (others.join(' ') !== allowed.join(' ')) problems.push(`${directive} allows ${others.join(' ')} beside hashes, not ${allowed.join(' ')}`);
  }
  for (const [directive, sources] of Object.entries(policy)) {
    if (sources.some((source) => /'unsafe-(inline|eval|hashes)'/.test(source))) problems.push(`${directive} allows an unsafe source`);
  }
  return problems;
}

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

for (const edition of editionFolders(DIST)) {
  for (const [file, kind] of PAGES) {
    const path = relative(ROOT, join(edition, file));
    test(`${path}: its policy allows exactly its inline scripts and styles`, async () => {
      const html = await readFile(join(edition, file), 'utf8');
      const { scripts, styles } = inlineCode(html);
      assert.ok(scripts.length >= 2 && styles.length >= 1, `${path} carries its scripts and styles inline (${scripts.length}, ${styles.length})`);
      assert.deepEqual(policyProblems(html, kind), []);
      assert.equal(withPolicy(html, kind), html, 'writing the policy again changes nothing');
    });
  }
}

test('a page changed after its policy was written is caught', async () => {
  const html = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const added = html.replace('</body>', '<script>alert(1)</script></body>');
  assert.match(policyProblems(added, 'served').join('\n'), /script-src does not allow an inline element/);
  const [, style] = html.match(/<style>([\s\S]*?)<\/style>/);
  const changed = html.replace(style, () => `${style}p{color:red}`);
  assert.match(policyProblems(changed, 'served').join('\n'), /style-src does not allow[\s\S]*style-src allows 'sha256-/);
  const dropped = html.replace(scriptByRole(html, 'redirect').element, '');
  assert.match(policyProblems(dropped, 'served').join('\n'), /script-src allows 'sha256-[^']+', which the page does not carry/);
  assert.deepEqual(policyProblems(withPolicy(added, 'served'), 'served'), [], 'and written again, it allows what is there');
});

test('data blocks and external scripts are not hashed; a page without <meta charset> is refused', () => {
  const page = '<html><head><meta charset="utf-8"><script>a()</script><script type="application/ld+json">{}</script><script type="module">\nb()\n</script><script src="x.js"></script><style>p{}</style></head></html>';
  assert.deepEqual(inlineCode(page), { scripts: ['a()', '\nb()\n'], styles: ['p{}'] });
  const written = withPolicy(page, 'selfContained');
  assert.ok(written.startsWith(`<html><head><meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'wasm-unsafe-eval' ${hashSource('a()')} ${hashSource('\nb()\n')}; style-src ${hashSource('p{}')}; img-src data:;`), written);
  assert.throws(() => withPolicy('<html><head></head></html>', 'served'), /no <meta charset>/);
});
