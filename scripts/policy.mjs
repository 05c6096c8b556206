// The one writer of each built page's Content Security Policy. Every other build step leaves
// the policy alone: this pass runs last (`make dist`, after the one-file copies are written;
// trunk's post-build hook, after the prerenderer, for `make serve`), reads what each finished
// page carries inline, and puts a policy that allows exactly that, by SHA-256 hash, in a
// `<meta>` right after `<meta charset>`, before anything it governs. A page that already has
// one gets it replaced, so running it twice changes nothing.
//
// Usage: node scripts/policy.mjs <folder> [--served]: every page of `PAGES` in the folder, or
// (`--served`, for `make serve`, which writes no one-file copies) the served pages alone. A
// served page also loads from its own origin; a self-contained copy loads nothing: see the
// README's "Content Security Policy".
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The site's pages and their one-file copies (src/site.rs, PAGES), each with its kind. */
export const PAGES = [
  ['index.html', 'served'],
  ['embed.html', 'served'],
  ['stargate-explainer.html', 'selfContained'],
  ['stargate-embed.html', 'selfContained'],
];

/** The two kinds of page, and what each may load beside what it carries inline. */
export const KINDS = {
  served: {
    scripts: ["'self'", "'wasm-unsafe-eval'"],
    styles: ["'self'"],
    before: ["default-src 'self'"],
    after: ["img-src 'self' data:", "connect-src 'self'", "manifest-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"],
  },
  selfContained: {
    scripts: ["'wasm-unsafe-eval'"],
    styles: [],
    before: ["default-src 'none'"],
    after: ['img-src data:', "base-uri 'none'", "form-action 'none'"],
  },
};

const META = /\n?\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">/g;

/** The policy's source expression for an inline element whose text is `text`: `'sha256-…'`. */
export const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * What `html` carries inline: the texts of the scripts a browser runs (no `src`; not a data
 * block such as JSON-LD, whose type is not JavaScript's) and of its `<style>` elements.
 */
export function inlineCode(html) {
  const runs = (attributes) => {
    if (/\ssrc=/.test(attributes)) return false;
    const type = attributes.match(/\stype="([^"]*)"/)?.[1];
    return type === undefined || type === '' || type === 'module' || type === 'text/javascript';
  };
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => runs(m[1])).map((m) => m[2]);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { scripts, styles };
}

/** The policy for a page of `kind` (a key of `KINDS`) that carries `html`'s inline code. */
export function policyFor(html, kind) {
  const { scripts, styles } = inlineCode(html);
  const { before, after, ...allowed } = KINDS[kind];
  const directive = (name, sources) => [name, ...sources].join(' ');
  return [
    ...before,
    directive('script-src', [...allowed.scripts, ...new Set(scripts.map(hashSource))]),
    directive('style-src', [...allowed.styles, ...new Set(styles.map(hashSource))]),
    ...after,
  ].join('; ');
}

/** `html` with its policy written for what it carries (any policy it had is replaced). */
export function withPolicy(html, kind, what = 'the page') {
  const page = html.replace(META, '');
  const charset = page.match(/<meta charset="[^"]*">/);
  if (!charset) throw new Error(`${what}: no <meta charset> to put the Content Security Policy after`);
  const at = charset.index + charset[0].length;
  return `${page.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policyFor(page, kind)}">${page.slice(at)}`;
}

/** The page's policy as written: its directives by name, each a list of sources. */
export function writtenPolicy(html) {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
  if (metas.length !== 1) return null;
  return Object.fromEntries(
    metas[0][1].split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]),
  );
}

async function main() {
  const [folder, flag, ...rest] = process.argv.slice(2);
  if (!folder || (flag !== undefined && flag !== '--served') || rest.length > 0) {
    throw new Error('usage: node scripts/policy.mjs <folder> [--served]');
  }
  for (const [page, kind] of PAGES.filter(([, kind]) => !flag || kind === 'served')) {
    const path = join(folder, page);
    const html = withPolicy(await readFile(path, 'utf8'), kind, path);
    await writeFile(path, html);
    const { scripts, styles } = inlineCode(html);
    console.log(`policy: ${path} (${kind === 'served' ? 'served' : 'self-contained'}): ${scripts.length} inline scripts and ${styles.length} styles allowed by hash`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
