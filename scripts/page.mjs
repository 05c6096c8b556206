// What the build scripts know of a built page (src/build/page.rs assembles it): its values, the
// JSON data block its scripts read (src/build/scripts.rs, PageValues), and its inline scripts,
// each found by its role (`data-role`), never by its text.

import { PAGES } from './policy.mjs';

/** The pages the site serves (the one-file copies are made from them). */
export const SERVED_PAGES = PAGES.filter(([, kind]) => kind === 'served').map(([page]) => page);

/** The page's scripts use what the three engines have had since 2022: `??=`, top-level await. */
export const SCRIPT_TARGET = 'es2022';

const VALUES = /<script type="application\/json" id="page-values">([\s\S]*?)<\/script>/;

/** The page's values, parsed. */
export function readValues(html, what = 'the page') {
  const block = html.match(VALUES);
  if (!block) throw new Error(`${what}: no page-values data block`);
  return JSON.parse(block[1]);
}

/** `html` with its values replaced by `values` (`<` escaped, so nothing closes the block). */
export function withValues(html, values, what = 'the page') {
  const block = html.match(VALUES);
  if (!block) throw new Error(`${what}: no page-values data block`);
  const json = JSON.stringify(values).replace(/</g, '\\u003c');
  return html.replace(block[0], () => block[0].replace(block[1], () => json));
}

/** Every inline script that has a role, in the page's order: its whole element, its opening tag's attributes, its text, its role, and whether it is a module. */
export function scriptsWithRoles(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .map(([element, attributes, text]) => ({
      element,
      attributes,
      text,
      role: attributes.match(/ data-role="([^"]+)"/)?.[1],
      module: / type="module"/.test(attributes),
    }))
    .filter((script) => script.role);
}

/** The inline script of `role` (see `scriptsWithRoles`); one, or an error. */
export function scriptByRole(html, role, what = 'the page') {
  const found = scriptsWithRoles(html).filter((script) => script.role === role);
  if (found.length !== 1) throw new Error(`${what}: ${found.length} scripts of role ${role}, where one was expected`);
  return found[0];
}

/** A script element of `role` holding `text`, refused if the text could end it early. */
export function scriptElement(role, text, { module = false, what = 'the page' } = {}) {
  return element(`${module ? ' type="module"' : ''} data-role="${role}"`, text, `${what}: the ${role} script`);
}

/** A script element of `attributes` holding `text`, refused if the text could end it early. */
function element(attributes, text, what) {
  if (/<\/script/i.test(text)) throw new Error(`${what} contains "</script"`);
  return `<script${attributes}>${text}</script>`;
}

/** `html` with the script of `role` holding `text` instead (its tag kept). */
export function withScriptText(html, role, text, what = 'the page') {
  const script = scriptByRole(html, role, what);
  return html.replace(script.element, () => element(script.attributes, text, `${what}: the new ${role} script`));
}
