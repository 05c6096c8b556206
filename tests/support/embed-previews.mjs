// The "Embed this" panel's previews, each shown whole: what the Chromium suite
// (tests/e2e/embed.test.mjs) and the Firefox and WebKit one (tests/engines/embed.test.mjs)
// both check. `previewReport` runs in the page (Playwright's evaluate, WebDriver's
// executeScript); `previewProblems` judges its report against the interface's words.
import { readFileSync } from 'node:fs';

/** The `[embed]` entry `key` of data/ui.toml, as written (a basic string without escapes). */
function embedWords(key) {
  const section = /^\[embed\]$([\s\S]*?)(?:^\[|(?![\s\S]))/m.exec(readFileSync('data/ui.toml', 'utf8'))[1];
  return new RegExp(`^${key} = "(.*)"$`, 'm').exec(section)[1];
}

const escapeRegExp = (text) => text.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&');

/** In the page: each preview's frame, its box and caption, the panel, and the page's width. */
export function previewReport() {
  const rect = (e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  };
  const group = document.querySelector('.embed-code__previews');
  return {
    panel: rect(document.querySelector('.embed-code__panel')),
    page: { scrollWidth: document.documentElement.scrollWidth, innerWidth },
    group: { scrollWidth: group.scrollWidth, clientWidth: group.clientWidth, tabindex: group.getAttribute('tabindex') },
    previews: [...document.querySelectorAll('.embed-code__frame')].map((box) => {
      const frame = box.querySelector('iframe');
      const inner = frame?.contentDocument?.documentElement;
      return {
        width: Number(box.dataset.width),
        caption: box.parentElement.querySelector('figcaption').textContent,
        figure: rect(box.parentElement),
        frame: frame && {
          layoutWidth: frame.offsetWidth,
          layoutHeight: frame.offsetHeight,
          shown: rect(frame),
          innerWidth: frame.contentWindow.innerWidth,
          live: inner?.dataset.live === 'true',
          contentHeight: inner ? inner.getBoundingClientRect().height : 0,
        },
      };
    }),
  };
}

/**
 * What keeps the previews in `report` from each showing whole: every frame laid out at its
 * width (and its embed with it), sized by embed.js to its content, drawn inside the panel at
 * the largest scale the column allows, its box as tall as what shows (nothing overlaps it or
 * gap below it), its caption naming the scale when scaled; nothing scrolls sideways.
 * Empty when all is well. `label` starts each problem.
 */
export function previewProblems(report, label) {
  const problems = [];
  const problem = (text) => problems.push(`${label}: ${text}`);
  const at = (width) => embedWords('preview-at').replace('{width}', width);
  const shownAt = new RegExp(`^${escapeRegExp(embedWords('shown-at')).replace('\\{percent\\}', '(\\d+)')}$`);
  if (report.page.scrollWidth > report.page.innerWidth) problem(`the page scrolls sideways (${report.page.scrollWidth} > ${report.page.innerWidth})`);
  if (report.group.scrollWidth > report.group.clientWidth + 1) problem(`the previews scroll sideways (${report.group.scrollWidth} > ${report.group.clientWidth})`);
  if (report.group.tabindex !== null) problem('the previews, which do not scroll, are a tab stop');
  for (const { width, caption, figure, frame } of report.previews) {
    const name = `the ${width} px preview`;
    if (!frame) {
      problem(`${name} has no frame`);
      continue;
    }
    if (frame.layoutWidth !== width || frame.innerWidth !== width) problem(`${name} is laid out ${frame.layoutWidth} px wide, its embed ${frame.innerWidth} px`);
    if (!frame.live || Math.abs(frame.layoutHeight - frame.contentHeight) > 2) {
      problem(`${name} is ${frame.layoutHeight} px tall for ${frame.contentHeight} px of content (live: ${frame.live})`);
    }
    const { shown } = frame;
    if (shown.left < report.panel.left - 0.5 || shown.right > report.panel.right + 0.5) {
      problem(`${name} shows at ${shown.left}–${shown.right} px, outside the panel's ${report.panel.left}–${report.panel.right} px`);
    }
    const scale = shown.width / width;
    const largest = Math.min(1, report.panel.width / width);
    if (Math.abs(scale - largest) * width > 1) problem(`${name} shows ${shown.width} px wide, not ${largest * width} px`);
    if (Math.abs(shown.height - frame.layoutHeight * scale) > 1) problem(`${name} shows ${shown.height} px tall, not ${frame.layoutHeight * scale} px: not all of it`);
    if (Math.abs(figure.bottom - shown.bottom) > 1) problem(`${name}'s box ends at ${figure.bottom} px, the frame at ${shown.bottom} px`);
    if (!caption.startsWith(at(width))) problem(`${name}'s caption is "${caption}"`);
    const percent = shownAt.exec(caption.slice(at(width).length))?.[1];
    if (scale < 0.999 && !(percent && Number(percent) < 100 && Math.abs(Number(percent) - scale * 100) <= 1)) {
      problem(`${name} shows at ${(scale * 100).toFixed(1)}%, and its caption says "${caption}"`);
    }
    if (scale >= 0.999 && caption !== at(width)) problem(`${name} shows at full size, and its caption says "${caption}"`);
  }
  return problems;
}

/**
 * Reads the report with `read` until the previews show whole, or `timeout` ms have passed
 * (they settle as the embeds come to life and embed.js sizes them); resolves to the problems
 * left, with `label` (none when all is well).
 */
export async function previewsSettle(read, label, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const problems = previewProblems(await read(), label);
    if (problems.length === 0 || Date.now() > end) return problems;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
