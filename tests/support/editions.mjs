// The words a translation's page should show, read from data/ and never from the page under
// test: its interface (data/xx/ui.toml), its story (data/xx/steps.toml, story.toml, claims.toml,
// laid over the English data/*.toml) and its entry in data/editions.toml. With a reader of the
// little TOML those files use (tables, arrays of tables, strings of every kind, inline tables,
// arrays, numbers, booleans, comments), so the tests need no TOML library.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Parses `text`, a TOML document as data/ writes them; throws, naming the line, on anything else. */
export function parseToml(text, name = 'TOML') {
  const root = {};
  let table = root;
  let at = 0;
  const line = () => text.slice(0, at).split('\n').length;
  const fail = (what) => {
    throw new Error(`${name}:${line()}: ${what}`);
  };
  const space = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  };
  // White space, new lines and comments (inside arrays, and between statements).
  const blank = () => {
    for (;;) {
      space();
      if (text[at] === '#') while (at < text.length && text[at] !== '\n') at++;
      else if (text[at] === '\n' || text[at] === '\r') at++;
      else return;
    }
  };
  const escape = () => {
    const c = text[at++];
    const simple = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', b: '\b', f: '\f' };
    if (c in simple) return simple[c];
    if (c === 'u' || c === 'U') {
      const digits = c === 'u' ? 4 : 8;
      const code = parseInt(text.slice(at, at + digits), 16);
      at += digits;
      return String.fromCodePoint(code);
    }
    return fail(`unknown escape \\${c}`);
  };
  const key = () => {
    space();
    if (text[at] === '"' || text[at] === "'") return string();
    const start = at;
    while (at < text.length && /[A-Za-z0-9_-]/.test(text[at])) at++;
    if (at === start) fail('a key expected');
    return text.slice(start, at);
  };
  const dotted = () => {
    const keys = [key()];
    for (space(); text[at] === '.'; space()) {
      at++;
      keys.push(key());
    }
    return keys;
  };
  function string() {
    if (text.startsWith('"""', at) || text.startsWith("'''", at)) {
      const quote = text.slice(at, at + 3);
      at += 3;
      if (text[at] === '\r') at++;
      if (text[at] === '\n') at++;
      let value = '';
      while (!text.startsWith(quote, at) || text.startsWith(quote + quote[0], at)) {
        if (at >= text.length) fail('an unclosed multi-line string');
        if (quote === '"""' && text[at] === '\\') {
          at++;
          if (/[ \t\r\n]/.test(text[at])) {
            // A line-ending backslash: the new line and the white space after it go.
            while (/[ \t\r\n]/.test(text[at])) at++;
          } else value += escape();
        } else value += text[at++];
      }
      at += 3;
      return value;
    }
    const quote = text[at++];
    let value = '';
    while (text[at] !== quote) {
      if (at >= text.length || text[at] === '\n') fail('an unclosed string');
      value += quote === '"' && text[at] === '\\' ? (at++, escape()) : text[at++];
    }
    at++;
    return value;
  }
  function value() {
    space();
    const c = text[at];
    if (c === '"' || c === "'") return string();
    if (c === '[') {
      at++;
      const list = [];
      for (blank(); text[at] !== ']'; blank()) {
        list.push(value());
        blank();
        if (text[at] === ',') at++;
        else if (text[at] !== ']') fail('"," or "]" expected');
      }
      at++;
      return list;
    }
    if (c === '{') {
      at++;
      const inline = {};
      for (space(); text[at] !== '}'; space()) {
        assign(inline);
        space();
        if (text[at] === ',') at++;
        else if (text[at] !== '}') fail('"," or "}" expected');
      }
      at++;
      return inline;
    }
    const start = at;
    while (at < text.length && /[^\s,\]}#]/.test(text[at])) at++;
    const word = text.slice(start, at);
    if (word === 'true' || word === 'false') return word === 'true';
    if (/^[+-]?[\d_]+(\.[\d_]+)?([eE][+-]?\d+)?$/.test(word)) return Number(word.replaceAll('_', ''));
    // A date (published = 2026-12-07, unquoted): kept as written.
    if (/^\d{4}-\d{2}-\d{2}/.test(word)) return word;
    return fail(`a value expected, not "${word}"`);
  }
  // `key = value` into `target`, dotted keys making tables.
  function assign(target) {
    const keys = dotted();
    space();
    if (text[at++] !== '=') fail('"=" expected');
    const last = keys.pop();
    for (const k of keys) target = target[k] ??= {};
    if (last in target) fail(`"${last}" given twice`);
    target[last] = value();
  }
  for (blank(); at < text.length; blank()) {
    if (text.startsWith('[[', at)) {
      at += 2;
      const keys = dotted();
      if (!text.startsWith(']]', at)) fail('"]]" expected');
      at += 2;
      const last = keys.pop();
      let parent = root;
      for (const k of keys) parent = Array.isArray(parent[k]) ? parent[k].at(-1) : (parent[k] ??= {});
      (parent[last] ??= []).push((table = {}));
    } else if (text[at] === '[') {
      at++;
      const keys = dotted();
      if (text[at++] !== ']') fail('"]" expected');
      table = root;
      for (const k of keys) table = Array.isArray(table[k]) ? table[k].at(-1) : (table[k] ??= {});
    } else {
      assign(table);
      space();
      if (text[at] === '#') while (at < text.length && text[at] !== '\n') at++;
      if (at < text.length && text[at] !== '\n' && text[at] !== '\r') fail('the end of the line expected');
    }
  }
  return root;
}

/** Reads and parses a TOML file. */
export async function readToml(path) {
  return parseToml(await readFile(path, 'utf8'), path);
}

/**
 * The words of the edition in `language` (a translation: its folder of data/), from `data`:
 * `ui` (its ui.toml, tables as objects: `ui.walkthrough.next`), `steps` ([{ slug, headline }] in
 * order: the English steps' slugs, each with the translation's headline), `story` (title, dek),
 * `translations` (each quoted claim's translation, by id), `edition` and `original` (their
 * entries in data/editions.toml: language, locale, name, read-in, published).
 */
export async function editionWords(language, data = 'data') {
  const [ui, steps, english, story, claims, editions] = await Promise.all([
    readToml(join(data, language, 'ui.toml')),
    readToml(join(data, language, 'steps.toml')),
    readToml(join(data, 'steps.toml')),
    readToml(join(data, language, 'story.toml')),
    readToml(join(data, language, 'claims.toml')),
    readToml(join(data, 'editions.toml')),
  ]);
  const headlines = new Map(steps.step.map((step) => [step.slug, step.headline]));
  const all = editions.edition;
  return {
    language,
    ui,
    // In the English order, which the translation keeps: a step missing from it is a step with no headline.
    steps: english.step.map(({ slug }) => ({ slug, headline: headlines.get(slug) })),
    story: { title: story.title, dek: story.dek },
    translations: Object.fromEntries(claims.claim.filter((claim) => claim.translation).map((claim) => [claim.id, claim.translation])),
    edition: all.find((edition) => edition.language === language),
    original: all[0],
  };
}

/**
 * `template` (a ui.toml entry) with its `{placeholders}` filled from `values`. A plural entry
 * (`{ one = …, other = … }`) takes the form the language's rule gives `values.count`.
 */
export function fill(template, values = {}, language = 'en') {
  if (typeof template === 'object') {
    const form = new Intl.PluralRules(language).select(values.count);
    template = template[form] ?? template.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The text before an entry's first placeholder: what every text made from it begins with. */
export const lead = (template) => template.split('{')[0];
