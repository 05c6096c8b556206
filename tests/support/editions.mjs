// The words a translation's page should show, read from data/ and never from the page under
// test: its interface (data/xx/ui.toml), its story (data/xx/steps.toml, story.toml, claims.toml,
// laid over the English data/*.toml) and its entry in data/editions.toml.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { parse } from 'smol-toml';

/** Reads and parses a TOML file. */
export async function readToml(path) {
  try {
    return parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error.message}`);
  }
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
